using System.Text.Json;
using System.Text.Json.Nodes;
using WsisBot.Bot.Protocol;

namespace WsisBot.Tests.Protocol;

public class ActivitySerializationTests
{
    [Fact]
    public void Unknown_properties_survive_a_round_trip_at_every_level()
    {
        const string json = """
            {"type":"message","id":"1","text":"hi","futureField":{"a":[1,2]},
             "from":{"id":"29:x","name":"Megan","aadObjectId":"7f","userPrincipalName":"m@contoso.com"},
             "conversation":{"id":"a:1","conversationType":"personal","tenantId":"t","customFlag":true},
             "entities":[{"type":"clientInfo","locale":"en-US","country":"US","platform":"Windows","timezone":"America/Los_Angeles"}],
             "channelData":{"tenant":{"id":"t"}}}
            """;

        var activity = JsonSerializer.Deserialize<Activity>(json, ProtocolJson.Options)!;
        var back = JsonNode.Parse(JsonSerializer.Serialize(activity, ProtocolJson.Options))!;

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), back));
    }

    [Fact]
    public void A_reply_swaps_from_and_recipient_and_keeps_the_conversation()
    {
        var incoming = new Activity
        {
            Type = ActivityTypes.Message,
            Id = "in-1",
            ServiceUrl = "https://smba.example/",
            ChannelId = "msteams",
            From = new ChannelAccount { Id = "29:user" },
            Recipient = new ChannelAccount { Id = "28:bot" },
            Conversation = new ConversationAccount { Id = "a:conv" },
        };

        var reply = incoming.CreateReply();

        Assert.Equal("28:bot", reply.From!.Id);
        Assert.Equal("29:user", reply.Recipient!.Id);
        Assert.Equal("a:conv", reply.Conversation!.Id);
        Assert.Equal("in-1", reply.ReplyToId);
        Assert.Null(reply.Id);
    }
}
