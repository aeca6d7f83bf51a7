using System.Net;
using Microsoft.EntityFrameworkCore;
using WsisBot.Data.Conversations;
using WsisBot.Testing;

namespace WsisBot.Tests.BotConnector;

/// <summary>
/// MicrosoftAppType=UserAssignedMSI: the bot, in a process of its own given App Service's IDENTITY_ENDPOINT and
/// IDENTITY_HEADER, takes its Bot Connector tokens from the managed identity endpoint.
/// </summary>
public class ManagedIdentityTests
{
    private const string ClientId = "3f2b7c1e-9d4a-4e61-8b0f-5a6c7d8e9f01";

    [Fact]
    public async Task Replies_carry_the_token_the_identity_endpoint_issued_for_the_bot_identity_and_it_is_reused()
    {
        await using var issuer = await TokenIssuer.StartAsync();
        await using var sink = await ChannelSink.StartAsync();
        await using var identity = await ManagedIdentityEndpoint.StartAsync(ClientId);
        await using var bot = await StartBotAsync(issuer, identity);
        var conversation = new ConnectorConversation(bot.Client, sink) { BearerToken = issuer.CreateToken(ClientId, sink.ServiceUrl) };

        await conversation.AskAsync("help");
        await conversation.AskAsync("hello");

        var token = Assert.Single(identity.IssuedTokens);
        var replies = sink.Messages(conversation.ConversationId);
        Assert.True(replies.Count >= 2, bot.Output);
        Assert.All(replies, reply => Assert.Equal($"Bearer {token}", reply.Authorization));
        var request = Assert.Single(identity.Requests);
        Assert.Equal(new ManagedIdentityEndpoint.Request("2019-08-01", "https://api.botframework.com", ClientId, identity.Secret), request);
    }

    [Fact]
    public async Task An_identity_endpoint_that_never_answers_leaves_the_reply_undelivered_not_the_turn_hanging()
    {
        await using var issuer = await TokenIssuer.StartAsync();
        await using var sink = await ChannelSink.StartAsync();
        await using var identity = await ManagedIdentityEndpoint.StartAsync(ClientId);
        identity.Hangs = true;
        await using var bot = await StartBotAsync(issuer, identity, tokenTimeout: "00:00:01");
        var conversation = new ConnectorConversation(bot.Client, sink) { BearerToken = issuer.CreateToken(ClientId, sink.ServiceUrl) };

        using var response = await conversation.PostAsync(conversation.Message("help"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(identity.Requests);
        Assert.Empty(sink.Messages(conversation.ConversationId));
        await using var db = DatabaseFile.Open(bot.DatabasePath);
        var reply = Assert.Single(await db.Transcript.Where(t => t.ConversationId == conversation.ConversationId && t.Direction == TranscriptDirection.Outgoing).ToListAsync());
        Assert.Equal(DeliveryStatus.Undelivered, reply.Delivery);
        Assert.Contains("No Bot Connector token within 1 s", reply.DeliveryError, StringComparison.Ordinal);
    }

    private static Task<StandaloneBot> StartBotAsync(TokenIssuer issuer, ManagedIdentityEndpoint identity, string? tokenTimeout = null) =>
        StandaloneBot.StartAsync(
            new Dictionary<string, string?>
            {
                ["MicrosoftAppType"] = "UserAssignedMSI",
                ["MicrosoftAppId"] = ClientId,
                ["MicrosoftAppTenantId"] = "8a9b0c1d-2e3f-4a5b-6c7d-8e9f0a1b2c3d",
                ["BotConnector:OpenIdMetadataUrl"] = issuer.MetadataUrl,
                ["BotConnector:TokenTimeout"] = tokenTimeout,
            },
            identity.Environment);
}
