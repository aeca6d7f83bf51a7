using System.Text.Json.Nodes;

namespace WsisBot.Tests.Teams;

/// <summary>Activities shaped as Teams sends them (msteams-docs: conversation-messages, cards-actions, bot install).</summary>
public static class TeamsPayloads
{
    public const string BotId = "28:c9e8c047-2a74-40a2-b28a-b162d5f5327c";
    public const string TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47";

    public static JsonObject PersonalMessage(string serviceUrl, string conversationId, string text, string userId = "29:1XJKJMvc5GBtc2JwZq0oj8tHZmzrQgFmB39ATiQWA85gQtHieVkKilBZ9XHoq9j7Zaqt7CZ-NJWi7me2kHTL3Bw") => new()
    {
        ["type"] = "message",
        ["id"] = $"1485983408{Random.Shared.Next(100000, 999999)}",
        ["timestamp"] = "2026-03-03T09:10:07.437Z",
        ["localTimestamp"] = "2026-03-03T10:10:07.437+01:00",
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = userId, ["name"] = "Megan Bowen", ["aadObjectId"] = "7faf8ab2-1234-4b8c-9a7d-3d2b5e6f7a8b" },
        ["conversation"] = new JsonObject { ["conversationType"] = "personal", ["id"] = conversationId, ["tenantId"] = TenantId },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "WsisBot" },
        ["textFormat"] = "plain",
        ["text"] = text,
        ["entities"] = new JsonArray(new JsonObject
        {
            ["locale"] = "en-US", ["country"] = "US", ["platform"] = "Windows", ["timezone"] = "America/Los_Angeles", ["type"] = "clientInfo",
        }),
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId } },
        ["locale"] = "en-US",
    };

    /// <summary>A channel post; <paramref name="mention"/> adds the bot's @mention to the text and entities.</summary>
    public static JsonObject ChannelMessage(string serviceUrl, string conversationId, string text, bool mention)
    {
        var activity = PersonalMessage(serviceUrl, conversationId, mention ? $"<at>WsisBot</at> {text}" : text);
        activity["conversation"] = new JsonObject
        {
            ["isGroup"] = true, ["conversationType"] = "channel", ["id"] = conversationId, ["tenantId"] = TenantId,
        };
        activity["channelData"] = new JsonObject
        {
            ["teamsChannelId"] = "19:d5a1c1b9b8f04f0aa2f1e7a8f4f2a0c1@thread.tacv2",
            ["teamsTeamId"] = "19:aa11bb22cc33@thread.tacv2",
            ["channel"] = new JsonObject { ["id"] = "19:d5a1c1b9b8f04f0aa2f1e7a8f4f2a0c1@thread.tacv2", ["name"] = "WSIS Forum" },
            ["team"] = new JsonObject { ["id"] = "19:aa11bb22cc33@thread.tacv2", ["name"] = "Secretariat" },
            ["tenant"] = new JsonObject { ["id"] = TenantId },
        };
        var entities = new JsonArray();
        if (mention)
        {
            entities.Add(new JsonObject { ["type"] = "mention", ["text"] = "<at>WsisBot</at>", ["mentioned"] = new JsonObject { ["id"] = BotId, ["name"] = "WsisBot" } });
        }

        activity["entities"] = entities;
        return activity;
    }

    /// <summary>The bot installed in a personal scope: Teams adds the bot and the user.</summary>
    public static JsonObject PersonalInstall(string serviceUrl, string conversationId)
    {
        var activity = PersonalMessage(serviceUrl, conversationId, "");
        activity.Remove("text");
        activity.Remove("textFormat");
        activity["type"] = "conversationUpdate";
        activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = BotId }, new JsonObject { ["id"] = activity["from"]!["id"]!.GetValue<string>() });
        activity["channelData"]!["eventType"] = "teamMemberAdded";
        return activity;
    }

    /// <summary>An Action.Submit from a card in Teams, its data wrapped with a Teams messageBack.</summary>
    public static JsonObject CardSubmitWithMsTeams(string serviceUrl, string conversationId, JsonObject data)
    {
        var activity = PersonalMessage(serviceUrl, conversationId, "");
        activity.Remove("text");
        activity["replyToId"] = "1:1pPIf6xTbaRBpz6r8X1hA";
        activity["value"] = new JsonObject
        {
            ["msteams"] = new JsonObject { ["type"] = "messageBack", ["displayText"] = "Continue", ["value"] = data },
        };
        return activity;
    }

    /// <summary>Action.Execute: an adaptiveCard/action invoke.</summary>
    public static JsonObject AdaptiveCardAction(string serviceUrl, string conversationId, JsonObject data)
    {
        var activity = PersonalMessage(serviceUrl, conversationId, "");
        activity.Remove("text");
        activity["type"] = "invoke";
        activity["name"] = "adaptiveCard/action";
        activity["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["id"] = "submit", ["verb"] = "submit", ["data"] = data },
            ["trigger"] = "manual",
        };
        return activity;
    }

    /// <summary>
    /// What Teams sends when a user rates a message that enabled the feedback loop and submits its form
    /// (msteams-docs: bot-messages-ai-generated-content, "Handle feedback"): <c>replyToId</c> is the message's id.
    /// </summary>
    public static JsonObject FeedbackInvoke(string serviceUrl, string conversationId, string replyToId, string reaction, string feedbackText, string? userId = null)
    {
        var activity = userId is null ? PersonalMessage(serviceUrl, conversationId, "") : PersonalMessage(serviceUrl, conversationId, "", userId);
        activity.Remove("text");
        activity.Remove("textFormat");
        activity["type"] = "invoke";
        activity["name"] = "message/submitAction";
        activity["replyToId"] = replyToId;
        activity["value"] = new JsonObject
        {
            ["actionName"] = "feedback",
            ["actionValue"] = new JsonObject
            {
                ["reaction"] = reaction,
                ["feedback"] = new JsonObject { ["feedbackText"] = feedbackText }.ToJsonString(),
            },
        };
        return activity;
    }
}
