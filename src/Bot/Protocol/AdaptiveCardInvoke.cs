using System.Text.Json;

namespace WsisBot.Bot.Protocol;

/// <summary>
/// Adaptive Card Universal Actions on the wire: <c>Action.Execute</c> arrives as an <c>adaptiveCard/action</c> invoke
/// whose <c>value.action.data</c> holds the card's data with the inputs merged in.
/// </summary>
public static class AdaptiveCardInvoke
{
    public const string Name = "adaptiveCard/action";

    public static bool Is(Activity activity) =>
        activity.IsType(ActivityTypes.Invoke) && string.Equals(activity.Name, Name, StringComparison.OrdinalIgnoreCase);

    /// <summary>value.action.data, or null when the invoke carries none.</summary>
    public static JsonElement? Data(Activity activity) =>
        activity.Value is { ValueKind: JsonValueKind.Object } value
        && value.TryGetProperty("action", out var action) && action.ValueKind == JsonValueKind.Object
        && action.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
            ? data
            : null;
}
