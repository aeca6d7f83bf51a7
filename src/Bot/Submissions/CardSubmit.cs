using System.Text.Json;
using WsisBot.Bot.Turns;

namespace WsisBot.Bot.Submissions;

/// <summary>
/// The data of an Action.Submit from one of our cards: Teams and Web Chat send it as a message whose value
/// holds the card's data merged with the inputs; Teams' messageBack puts it under "msteams"."value";
/// Action.Execute arrives as an invoke (see <see cref="Turns.TurnContext.SubmittedValue"/>).
/// </summary>
public sealed record CardSubmit(string Action, string? Nonce, IReadOnlyDictionary<string, string> Values)
{
    public static CardSubmit? From(TurnContext turn)
    {
        if (turn.SubmittedValue is not { ValueKind: JsonValueKind.Object } value)
        {
            return null;
        }

        if (!value.TryGetProperty(FormCards.ActionKey, out _)
            && value.TryGetProperty("msteams", out var msteams) && msteams.ValueKind == JsonValueKind.Object
            && msteams.TryGetProperty("value", out var wrapped) && wrapped.ValueKind == JsonValueKind.Object)
        {
            value = wrapped;
        }

        if (!value.TryGetProperty(FormCards.ActionKey, out var action) || action.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        var values = new Dictionary<string, string>();
        foreach (var property in value.EnumerateObject())
        {
            // Every input arrives as a string; anything else (objects, arrays, the msteams wrapper) is not a field value.
            if (property.Value.ValueKind is JsonValueKind.String)
            {
                values[property.Name] = property.Value.GetString()!;
            }
            else if (property.Value.ValueKind is JsonValueKind.Number)
            {
                values[property.Name] = property.Value.GetRawText();
            }
        }

        var nonce = value.TryGetProperty(FormCards.NonceKey, out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
        return new CardSubmit(action.GetString()!, nonce, values);
    }
}
