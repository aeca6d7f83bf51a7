using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WsisBot.Bot.Channels.DirectLine;
using WsisBot.Bot.Protocol;
using WsisBot.Data;
using WsisBot.Data.Conversations;
using WsisBot.Testing;

namespace WsisBot.Tests.DirectLine;

public class ConversationTests(BotFixture fixture) : IClassFixture<BotFixture>
{
    [Fact]
    public async Task Starting_a_conversation_brings_one_bilingual_welcome_with_suggestions()
    {
        var client = await DirectLineClient.StartAsync(fixture.Bot.Client);

        var (activities, watermark) = await client.GetActivitiesAsync();

        var welcome = Assert.Single(activities);
        Assert.True(welcome.IsBotMessage());
        Assert.Contains("Bonjour", welcome.Text(), StringComparison.Ordinal);
        Assert.Contains("Hello", welcome.Text(), StringComparison.Ordinal);
        Assert.Equal(client.ConversationId + "|0000001", welcome.Text("id"));
        Assert.EndsWith("Z", welcome.Text("timestamp"), StringComparison.Ordinal);
        Assert.Null(welcome.Text("replyToId"));
        Assert.Equal(client.UserId, welcome.GetProperty("recipient").GetProperty("id").GetString());
        Assert.True(welcome.GetProperty("suggestedActions").GetProperty("actions").GetArrayLength() > 0);
        Assert.Equal("1", watermark);
    }

    [Fact]
    public async Task A_posted_message_is_echoed_first_as_its_sender_then_answered()
    {
        var client = await DirectLineClient.StartAsync(fixture.Bot.Client);

        var id = await client.PostAsync(client.Message("aide", clientActivityId: "client-42"));
        var (activities, _) = await client.GetActivitiesAsync("1");

        Assert.Equal(2, activities.Count);
        var (echo, reply) = (activities[0], activities[1]);
        Assert.Equal(id, echo.Text("id"));
        Assert.Equal("client-42", echo.GetProperty("channelData").GetProperty("clientActivityID").GetString());
        Assert.Equal(client.UserId, echo.GetProperty("from").GetProperty("id").GetString());
        Assert.Equal("user", echo.Role());
        Assert.Equal("directline", echo.Text("channelId"));
        Assert.Equal(client.ConversationId, echo.GetProperty("conversation").GetProperty("id").GetString());
        Assert.True(reply.IsReplyTo(id));
        Assert.Contains("Voici ce que je sais faire", reply.Text(), StringComparison.Ordinal);
        Assert.True(DateTimeOffset.Parse(reply.Text("timestamp")!, System.Globalization.CultureInfo.InvariantCulture) > DateTimeOffset.Parse(echo.Text("timestamp")!, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task The_locale_of_each_activity_sets_the_language_of_the_answer()
    {
        var client = await DirectLineClient.StartAsync(fixture.Bot.Client);

        var french = await client.PostAsync(client.Message("aide", locale: "fr-FR"));
        var english = await client.PostAsync(client.Message("aide", locale: "en-US"));

        var (activities, _) = await client.GetActivitiesAsync();
        Assert.Contains("Voici ce que je sais faire", activities.Single(a => a.IsReplyTo(french)).Text(), StringComparison.Ordinal);
        Assert.Contains("Here is what I can do", activities.Single(a => a.IsReplyTo(english)).Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_generated_token_starts_its_conversation_once()
    {
        using var generated = await DirectLineClient.SendAsync(fixture.Bot.Client, HttpMethod.Post, "/v3/directline/tokens/generate", bearer: null);
        var token = (await generated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;

        var first = await DirectLineClient.StartAsync(fixture.Bot.Client, bearer: token);
        var again = await DirectLineClient.StartAsync(fixture.Bot.Client, bearer: token, expected: HttpStatusCode.OK);

        Assert.Equal(first.ConversationId, again.ConversationId);
        var (activities, _) = await again.GetActivitiesAsync();
        Assert.Single(activities);
    }

    [Fact]
    public async Task A_refreshed_token_keeps_the_conversation_and_user()
    {
        var client = await DirectLineClient.StartAsync(fixture.Bot.Client);

        using var response = await DirectLineClient.SendAsync(fixture.Bot.Client, HttpMethod.Post, "/v3/directline/tokens/refresh", client.Token);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var refreshed = new DirectLineClient(fixture.Bot.Client, body.GetProperty("token").GetString()!, client.ConversationId, client.StreamUrl);

        Assert.Equal(client.ConversationId, body.GetProperty("conversationId").GetString());
        Assert.Equal(1800, body.GetProperty("expires_in").GetInt32());
        Assert.Equal(client.UserId, refreshed.UserId);
        var id = await refreshed.PostAsync(refreshed.Message("help", "en-US"));
        var reply = await refreshed.PollForAsync(a => a.IsReplyTo(id));
        Assert.Contains("Here is what I can do", reply.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_adaptive_card_appended_proactively_reaches_the_client_intact()
    {
        var client = await DirectLineClient.StartAsync(fixture.Bot.Client);
        var card = JsonNode.Parse(SampleCard.Json)!;
        var proactive = fixture.Bot.Services.GetRequiredService<DirectLineProactiveChannel>();

        var id = await proactive.SendAsync(DirectLineChannel.Reference(client.ConversationId), new Activity
        {
            Type = ActivityTypes.Message,
            Attachments = [new Attachment { ContentType = Attachment.AdaptiveCardContentType, Content = JsonSerializer.SerializeToElement(card) }],
        }, CancellationToken.None);

        var received = await client.PollForAsync(a => a.Text("id") == id);
        var attachment = received.GetProperty("attachments")[0];
        Assert.Equal(Attachment.AdaptiveCardContentType, attachment.GetProperty("contentType").GetString());
        Assert.True(JsonNode.DeepEquals(card, JsonNode.Parse(attachment.GetProperty("content").GetRawText())));
        Assert.Equal("bot", received.Role());
        var row = await TranscriptAsync(client.ConversationId, id!);
        Assert.Equal(DeliveryStatus.Delivered, row.Delivery);
        Assert.Equal(TranscriptDirection.Outgoing, row.Direction);
    }

    [Fact]
    public async Task A_proactive_append_to_an_unknown_conversation_says_so()
    {
        var proactive = fixture.Bot.Services.GetRequiredService<DirectLineProactiveChannel>();

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            proactive.SendAsync(DirectLineChannel.Reference("no-such-conversation"), new Activity { Type = ActivityTypes.Message, Text = "hi" }, CancellationToken.None));

        Assert.Contains("no longer exists", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Turns_are_kept_in_the_transcript_as_delivered_with_the_channel_ids()
    {
        var client = await DirectLineClient.StartAsync(fixture.Bot.Client);

        var id = await client.PostAsync(client.Message("help", "en-US"));

        var incoming = await TranscriptAsync(client.ConversationId, id);
        Assert.Equal(TranscriptDirection.Incoming, incoming.Direction);
        Assert.Equal("help", incoming.Text);
        var reply = await TranscriptAsync(client.ConversationId, client.ConversationId + "|0000003");
        Assert.Equal(DeliveryStatus.Delivered, reply.Delivery);
        Assert.Contains("Here is what I can do", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_user_typing_is_acknowledged_but_not_logged_and_an_invoke_is_logged()
    {
        var client = await DirectLineClient.StartAsync(fixture.Bot.Client);
        var typing = client.Message(text: null);
        typing["type"] = "typing";
        var invoke = client.Message(text: null);
        invoke["type"] = "invoke";
        invoke["name"] = "some/invoke";

        await client.PostAsync(typing);
        var invokeId = await client.PostAsync(invoke);

        var (activities, _) = await client.GetActivitiesAsync("1");
        Assert.Equal([invokeId], activities.Select(a => a.Text("id")));
    }

    private async Task<TranscriptEntry> TranscriptAsync(string conversationId, string activityId)
    {
        await using var scope = fixture.Bot.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WsisBotDbContext>();
        return await db.Transcript.SingleAsync(t => t.ConversationId == conversationId && t.ActivityId == activityId);
    }
}
