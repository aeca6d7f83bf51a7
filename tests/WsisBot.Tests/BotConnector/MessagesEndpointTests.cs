using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WsisBot.Data;
using WsisBot.Data.Conversations;

namespace WsisBot.Tests.BotConnector;

public class MessagesEndpointTests(BotFixture fixture) : IClassFixture<BotFixture>
{
    [Fact]
    public async Task A_reply_goes_to_the_serviceUrl_addressed_back_to_the_user()
    {
        var conversation = fixture.NewConversation();

        var reply = await conversation.AskAsync("help");

        Assert.Equal($"/v3/conversations/{conversation.ConversationId}/activities/act-1", reply.Path);
        Assert.Equal("act-1", reply.ReplyToId);
        var activity = reply.Activity;
        Assert.Equal("act-1", activity.GetProperty("replyToId").GetString());
        Assert.Equal(conversation.ConversationId, activity.GetProperty("conversation").GetProperty("id").GetString());
        Assert.Equal(conversation.BotId, activity.GetProperty("from").GetProperty("id").GetString());
        Assert.Equal(conversation.UserId, activity.GetProperty("recipient").GetProperty("id").GetString());
        Assert.Equal("message", activity.GetProperty("type").GetString());
        Assert.False(activity.TryGetProperty("id", out _), "the channel assigns ids, not the bot");
        Assert.Contains("deadlines", reply.Text, StringComparison.Ordinal);
        Assert.Null(reply.Authorization);
    }

    [Fact]
    public async Task The_reply_is_in_the_language_of_the_locale()
    {
        var conversation = fixture.NewConversation();

        var reply = await conversation.AskAsync("aide", locale: "fr-CH");

        Assert.Contains("dates limites", reply.Text, StringComparison.Ordinal);
        Assert.Equal("fr-FR", reply.Activity.GetProperty("locale").GetString());
    }

    [Fact]
    public async Task Without_a_locale_the_language_comes_from_the_text()
    {
        var conversation = fixture.NewConversation();

        var french = await conversation.AskAsync("Bonjour, quelle est la date limite pour les prix du SMSI ?", locale: null);
        var english = await conversation.AskAsync("Hello, what is the deadline for the WSIS prizes?", locale: null);

        Assert.Equal("fr-FR", french.Activity.GetProperty("locale").GetString());
        Assert.Equal("en-US", english.Activity.GetProperty("locale").GetString());
    }

    [Fact]
    public async Task Asking_for_a_language_switches_it_for_the_rest_of_the_conversation()
    {
        var conversation = fixture.NewConversation();

        var switched = await conversation.AskAsync("English please", locale: "fr-FR");
        var help = await conversation.AskAsync("aide", locale: "fr-FR");
        var back = await conversation.AskAsync("en français", locale: "fr-FR");

        Assert.Contains("English", switched.Text, StringComparison.Ordinal);
        Assert.Contains("Here is what I can do", help.Text, StringComparison.Ordinal);
        Assert.Contains("français", back.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_user_joining_gets_one_bilingual_welcome()
    {
        var conversation = fixture.NewConversation();
        var update = conversation.Base("conversationUpdate");
        update["membersAdded"] = new JsonArray(new JsonObject { ["id"] = conversation.BotId }, new JsonObject { ["id"] = conversation.UserId });

        (await conversation.PostAsync(update)).EnsureSuccessStatusCode();
        (await conversation.PostAsync(update.DeepClone())).EnsureSuccessStatusCode();

        var messages = await fixture.Sink.WaitForMessagesAsync(conversation.ConversationId);
        await Task.Delay(300);
        Assert.Single(fixture.Sink.Messages(conversation.ConversationId));
        Assert.Contains("Bonjour", messages[0].Text, StringComparison.Ordinal);
        Assert.Contains("Hello", messages[0].Text, StringComparison.Ordinal);
        Assert.True(messages[0].Activity.GetProperty("suggestedActions").GetProperty("actions").GetArrayLength() > 0);
    }

    [Fact]
    public async Task Members_joining_without_a_name_list_get_no_welcome()
    {
        var conversation = fixture.NewConversation();

        (await conversation.PostAsync(conversation.Base("conversationUpdate"))).EnsureSuccessStatusCode();
        var marker = await conversation.AskAsync("help");

        Assert.Single(fixture.Sink.Messages(conversation.ConversationId));
        Assert.Contains("Here is what I can do", marker.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unhandled_invoke_answers_501_in_the_http_response()
    {
        var conversation = fixture.NewConversation();
        var invoke = conversation.Base("invoke");
        invoke["name"] = "some/unknownInvoke";

        using var response = await conversation.PostAsync(invoke);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Theory]
    [InlineData("typing")]
    [InlineData("messageReaction")]
    [InlineData("somethingFromTheFuture")]
    public async Task Other_activity_types_are_acknowledged_and_ignored(string type)
    {
        var conversation = fixture.NewConversation();

        using var response = await conversation.PostAsync(conversation.Base(type));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await TranscriptAsync(conversation.ConversationId));
    }

    [Theory]
    [InlineData("{not json", "not a valid activity")]
    [InlineData("null", "empty")]
    [InlineData("""{"text":"no type","conversation":{"id":"c"},"serviceUrl":"http://127.0.0.1:1/"}""", "'type'")]
    [InlineData("""{"type":"message","serviceUrl":"http://127.0.0.1:1/"}""", "'conversation.id'")]
    [InlineData("""{"type":"message","conversation":{"id":"c"}}""", "'serviceUrl'")]
    [InlineData("""{"type":"message","conversation":{"id":"c"},"serviceUrl":"file:///etc/passwd"}""", "'serviceUrl'")]
    [InlineData("""{"type":42,"conversation":{"id":"c"},"serviceUrl":"http://127.0.0.1:1/"}""", "not a valid activity")]
    public async Task A_bad_activity_is_a_400_problem(string body, string expectedDetail)
    {
        using var response = await PostRawAsync(body, "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(expectedDetail, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_oversized_activity_is_a_413()
    {
        var conversation = fixture.NewConversation();
        var huge = conversation.Message(new string('x', 300 * 1024));

        using var response = await conversation.PostAsync(huge);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_a_415()
    {
        using var response = await PostRawAsync("type=message", "application/x-www-form-urlencoded");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task The_transcript_holds_both_directions_of_every_turn()
    {
        var conversation = fixture.NewConversation();

        await conversation.AskAsync("help");
        await conversation.AskAsync("aide", locale: "fr-FR");

        var rows = await TranscriptAsync(conversation.ConversationId);
        Assert.Equal(
            [TranscriptDirection.Incoming, TranscriptDirection.Outgoing, TranscriptDirection.Incoming, TranscriptDirection.Outgoing],
            rows.Select(r => r.Direction));
        Assert.Equal(["help", "aide"], rows.Where(r => r.Direction == TranscriptDirection.Incoming).Select(r => r.Text));
        Assert.All(rows.Where(r => r.Direction == TranscriptDirection.Outgoing), r =>
        {
            Assert.Equal(DeliveryStatus.Delivered, r.Delivery);
            Assert.StartsWith("sink-", r.ActivityId, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task A_channel_that_fails_briefly_still_gets_the_reply()
    {
        var conversation = fixture.NewConversation();
        fixture.Sink.FailNext(2);

        var reply = await conversation.AskAsync("help");

        Assert.Contains("Here is what I can do", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reply_the_channel_never_takes_is_kept_as_undelivered()
    {
        var conversation = fixture.NewConversation();
        fixture.Sink.FailNext(100);
        try
        {
            using var response = await conversation.PostAsync(conversation.Message("help"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        finally
        {
            fixture.Sink.FailNext(0);
        }

        var outgoing = Assert.Single(await TranscriptAsync(conversation.ConversationId), r => r.Direction == TranscriptDirection.Outgoing);
        Assert.Equal(DeliveryStatus.Undelivered, outgoing.Delivery);
        Assert.Contains("503", outgoing.DeliveryError, StringComparison.Ordinal);
        Assert.Contains("Here is what I can do", outgoing.Text, StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> PostRawAsync(string body, string contentType) =>
        await fixture.Bot.Client.PostAsync(new Uri("/api/messages", UriKind.Relative), new StringContent(body, Encoding.UTF8, contentType));

    private async Task<List<TranscriptEntry>> TranscriptAsync(string conversationId)
    {
        await using var scope = fixture.Bot.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WsisBotDbContext>();
        return await db.Transcript.Where(t => t.ConversationId == conversationId).OrderBy(t => t.Id).ToListAsync();
    }
}
