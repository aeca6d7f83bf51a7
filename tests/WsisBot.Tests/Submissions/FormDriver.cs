using System.Text.Json;
using System.Text.Json.Nodes;
using WsisBot.Testing;

namespace WsisBot.Tests.Submissions;

/// <summary>Plays a user filling in forms: reads the cards the bot sent and submits them like Teams or Web Chat would.</summary>
public sealed class FormDriver(ConnectorConversation conversation, ChannelSink sink)
{
    public ConnectorConversation Conversation => conversation;

    /// <summary>Sends a message (text and/or card value) and returns every message the bot sent back for it.</summary>
    public async Task<IReadOnlyList<ChannelSink.Received>> SendAsync(string? text, JsonObject? value = null, string locale = "en-US")
    {
        var before = sink.Messages(conversation.ConversationId).Count;
        var activity = conversation.Message(text, locale, a =>
        {
            if (value is not null)
            {
                a["value"] = value;
                a["channelData"] = new JsonObject { ["postBack"] = true };
            }
        });
        using var response = await conversation.PostAsync(activity);
        response.EnsureSuccessStatusCode();
        var all = await sink.WaitForMessagesAsync(conversation.ConversationId, before + 1);
        await Task.Delay(50);
        return [.. sink.Messages(conversation.ConversationId).Skip(before)];
    }

    public static JsonElement? CardOf(IReadOnlyList<ChannelSink.Received> replies) =>
        replies.Select(r => r.Activity).LastOrDefault(a => a.TryGetProperty("attachments", out var att) && att.GetArrayLength() > 0) is { ValueKind: JsonValueKind.Object } activity
            ? activity.GetProperty("attachments")[0].GetProperty("content")
            : null;

    public static string Texts(IReadOnlyList<ChannelSink.Received> replies) => string.Join("\n", replies.Select(r => r.Text));

    /// <summary>The data of the card's action with this wsisAction (nonce included), as a submit would carry it.</summary>
    public static JsonObject ActionData(JsonElement card, string action)
    {
        foreach (var a in card.GetProperty("actions").EnumerateArray())
        {
            var data = a.GetProperty("data");
            if (data.GetProperty("wsisAction").GetString() == action)
            {
                return JsonNode.Parse(data.GetRawText())!.AsObject();
            }
        }

        throw new InvalidOperationException($"No '{action}' action on the card.");
    }

    public static IEnumerable<JsonElement> Inputs(JsonElement card) =>
        card.GetProperty("body").EnumerateArray().Where(e => e.GetProperty("type").GetString()!.StartsWith("Input.", StringComparison.Ordinal));

    /// <summary>Valid values for every input of a form card: the first choice of each choice set, and plausible text.</summary>
    public static JsonObject ValidValues(JsonElement card)
    {
        var values = new JsonObject();
        foreach (var input in Inputs(card))
        {
            var id = input.GetProperty("id").GetString()!;
            values[id] = input.GetProperty("type").GetString() switch
            {
                "Input.ChoiceSet" => input.GetProperty("choices")[0].GetProperty("value").GetString(),
                "Input.Number" => "25000",
                _ => id switch
                {
                    "email" => "ana.silva@example.org",
                    "phone" => "+41 22 730 0000",
                    "country" => "Switzerland",
                    "website" => "https://example.org/project",
                    _ => $"A valid {id}",
                },
            };
        }

        return values;
    }

    /// <summary>What a renderer submits for a card action: the action's data with the inputs merged in.</summary>
    public static JsonObject SubmitData(JsonElement card, string action, JsonObject? inputs = null)
    {
        var data = ActionData(card, action);
        foreach (var (key, node) in inputs ?? [])
        {
            data[key] = node?.DeepClone();
        }

        return data;
    }

    /// <summary>Submits a card action with extra values merged in, as the card renderers do.</summary>
    public Task<IReadOnlyList<ChannelSink.Received>> SubmitAsync(JsonElement card, string action, JsonObject? inputs = null, string locale = "en-US") =>
        SendAsync(null, SubmitData(card, action, inputs), locale);
}
