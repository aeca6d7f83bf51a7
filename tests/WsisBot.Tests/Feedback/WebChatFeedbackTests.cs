using System.Text.Json;
using System.Text.Json.Nodes;
using WsisBot.Data.Escalation;
using WsisBot.Data.Feedback;
using WsisBot.Testing;
using WsisBot.Tests.Escalation;

namespace WsisBot.Tests.Feedback;

/// <summary>Feedback over the bot's own Direct Line, posted exactly as Web Chat 4.18 posts it when a thumb is pressed.</summary>
[Collection(FeedbackCollection.Name)]
public class WebChatFeedbackTests(EscalationFixture fixture)
{
    private const string Like = "LikeAction";
    private const string Dislike = "DislikeAction";

    public static TheoryData<string, string, string> Questions => new()
    {
        { "fr-FR", "Quelle est la date limite pour les prix du SMSI 2026 ?", "15 mars 2026" },
        { "en-US", "What is the deadline for the WSIS 2026 prizes?", "15 March 2026" },
    };

    [Theory]
    [MemberData(nameof(Questions))]
    public async Task A_thumbs_up_is_stored_with_the_question_the_answer_its_citations_language_and_channel(string locale, string question, string fact)
    {
        var client = await DirectLineClient.StartAsync(fixture.Bot.Client, locale: locale);
        var answer = await AskAsync(client, question, locale);
        Assert.Contains(fact, answer.Text(), StringComparison.Ordinal);

        var (_, watermark) = await client.GetActivitiesAsync();
        await client.PostAsync(client.FeedbackEvent(DirectLineClient.FeedbackAction(answer, Like), locale));

        var feedback = Assert.Single(await fixture.FeedbackOfAsync(client.ConversationId));
        var row = (await fixture.TranscriptOfAsync(client.ConversationId)).Single(t => t.ActivityId == answer.Text("id"));
        Assert.Equal(FeedbackReaction.Like, feedback.Reaction);
        Assert.Equal(row.Id, feedback.AnswerEntryId);
        Assert.Equal(question, feedback.Question);
        Assert.Equal(answer.Text(), feedback.Answer);
        Assert.Equal(locale, feedback.Language);
        Assert.Equal("directline", feedback.ChannelId);
        Assert.Equal(client.ConversationId, feedback.ConversationId);
        Assert.Equal(client.UserId, feedback.UserId);
        Assert.Null(feedback.Comment);
        Assert.Equal("2026-03-03", feedback.At.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        var citation = JsonDocument.Parse(feedback.CitationsJson).RootElement[0];
        Assert.Equal("2025-12-23", citation.GetProperty("letterDate").GetString());
        Assert.False(string.IsNullOrEmpty(citation.GetProperty("reference").GetString()));
        // A like is not answered: Web Chat shows the pressed thumb.
        Assert.DoesNotContain((await client.GetActivitiesAsync(watermark)).Activities, a => a.IsBotMessage());
    }

    [Theory]
    [InlineData("fr-FR", "Quelle est la date limite pour les prix du SMSI 2026 ?", "oui", "transmette votre question au secrétariat", "Parler à quelqu'un")]
    [InlineData("en-US", "What is the deadline for the WSIS 2026 prizes?", "yes", "pass your question to the WSIS Forum secretariat", "Talk to someone")]
    public async Task A_thumbs_down_offers_the_secretariat_at_once_and_yes_opens_a_ticket_with_the_question(
        string locale, string question, string yes, string offered, string button)
    {
        var client = await DirectLineClient.StartAsync(fixture.Bot.Client, locale: locale);
        var answer = await AskAsync(client, question, locale);

        var offer = await ReplyToAsync(client, await client.PostAsync(client.FeedbackEvent(DirectLineClient.FeedbackAction(answer, Dislike), locale)));
        Assert.Contains(offered, offer.Text(), StringComparison.Ordinal);
        Assert.Equal(button, offer.GetProperty("suggestedActions").GetProperty("actions")[0].GetProperty("value").GetString());
        Assert.Equal(FeedbackReaction.Dislike, Assert.Single(await fixture.FeedbackOfAsync(client.ConversationId)).Reaction);

        await AskAsync(client, yes, locale);

        var ticket = await fixture.TicketAsync(client.ConversationId);
        Assert.NotNull(ticket);
        Assert.Equal(TicketReason.AnswerDisliked, ticket.Reason);
        Assert.Equal(question, ticket.Question);
        Assert.Equal(locale, ticket.Language);
    }

    [Fact]
    public async Task Feedback_on_an_answer_given_in_a_form_leaves_the_form_open_and_its_offer_hands_over_the_question()
    {
        var client = await DirectLineClient.StartAsync(fixture.Bot.Client, locale: "en-US");
        await AskAsync(client, "I want to submit a stocktaking entry", "en-US");
        const string question = "Where is the WSIS Forum 2026?";
        var asked = await client.PostAsync(client.Message(question, "en-US"));
        var replies = (await client.GetActivitiesAsync()).Activities.Where(a => a.IsReplyTo(asked)).ToList();
        var answer = replies.Single(r => DirectLineClient.FeedbackAction(r, Like) is not null);
        Assert.Contains(replies, r => r.TryGetProperty("attachments", out _));

        var offer = await ReplyToAsync(client, await client.PostAsync(client.FeedbackEvent(DirectLineClient.FeedbackAction(answer, Dislike), "en-US")));
        var handedOver = await client.PostAsync(client.Message("Talk to someone", "en-US"));

        Assert.Contains("Use the button; the form stays open.", offer.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("yes", offer.Text(), StringComparison.Ordinal);
        var ticket = await fixture.TicketAsync(client.ConversationId);
        Assert.Equal((TicketReason.AnswerDisliked, question), (ticket!.Reason, ticket.Question));
        Assert.Contains((await client.GetActivitiesAsync()).Activities, a => a.IsReplyTo(handedOver) && a.TryGetProperty("attachments", out _));
    }

    [Fact]
    public async Task A_second_feedback_on_the_same_answer_is_refused_and_the_first_is_kept()
    {
        var client = await DirectLineClient.StartAsync(fixture.Bot.Client, locale: "en-US");
        var answer = await AskAsync(client, "What is the deadline for the WSIS 2026 prizes?", "en-US");
        await client.PostAsync(client.FeedbackEvent(DirectLineClient.FeedbackAction(answer, Like), "en-US"));

        var refusal = await ReplyToAsync(client, await client.PostAsync(client.FeedbackEvent(DirectLineClient.FeedbackAction(answer, Dislike), "en-US")));

        Assert.Contains("You have already rated this answer", refusal.Text(), StringComparison.Ordinal);
        Assert.Equal(FeedbackReaction.Like, Assert.Single(await fixture.FeedbackOfAsync(client.ConversationId)).Reaction);
        // The refusal offers nothing: "yes" is not a hand-over.
        await AskAsync(client, "yes", "en-US");
        Assert.Null(await fixture.TicketAsync(client.ConversationId));
    }

    [Fact]
    public async Task Feedback_on_an_answer_of_another_conversation_or_on_no_answer_is_refused()
    {
        var asker = await DirectLineClient.StartAsync(fixture.Bot.Client, locale: "fr-FR");
        var answer = await AskAsync(asker, "Où a lieu le Forum du SMSI 2026 ?", "fr-FR");
        var other = await DirectLineClient.StartAsync(fixture.Bot.Client, locale: "fr-FR");
        var unknown = DirectLineClient.FeedbackAction(answer, Like)!.DeepClone();
        unknown["object"]!["@id"] = $"urn:uuid:{Guid.NewGuid()}";

        var stolen = await ReplyToAsync(other, await other.PostAsync(other.FeedbackEvent(DirectLineClient.FeedbackAction(answer, Dislike))));
        var nowhere = await ReplyToAsync(asker, await asker.PostAsync(asker.FeedbackEvent(unknown)));

        Assert.Contains("Je ne trouve pas cette réponse dans notre conversation", stolen.Text(), StringComparison.Ordinal);
        Assert.Contains("Je ne trouve pas cette réponse dans notre conversation", nowhere.Text(), StringComparison.Ordinal);
        Assert.Empty(await fixture.FeedbackOfAsync(asker.ConversationId));
        Assert.Empty(await fixture.FeedbackOfAsync(other.ConversationId));
    }

    public static TheoryData<string> Malformed => new()
    {
        "null",
        """{"@type":"LikeAction"}""",
        """{"@type":"LikeAction","object":"urn:uuid:0b4c6a3e-1f3e-4f0a-9a51-2f4b8a7c9d10"}""",
        """{"@type":"DislikeAction","object":{"@id":"0b4c6a3e-1f3e-4f0a-9a51-2f4b8a7c9d10"}}""",
        """{"@type":"DislikeAction","object":{"@id":"urn:uuid:not-a-key"}}""",
        """{"@type":"DislikeAction","object":{"@id":42}}""",
        """{"@type":"LoveAction","object":{"@id":"urn:uuid:0b4c6a3e-1f3e-4f0a-9a51-2f4b8a7c9d10"}}""",
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public async Task Malformed_feedback_is_refused_in_the_users_language_and_changes_nothing(string action)
    {
        var client = await DirectLineClient.StartAsync(fixture.Bot.Client, locale: "en-US");
        await AskAsync(client, "What is the deadline for the WSIS 2026 prizes?", "en-US");

        var refusal = await ReplyToAsync(client, await client.PostAsync(client.FeedbackEvent(JsonNode.Parse(action), "en-US")));

        Assert.Contains("I could not read that feedback", refusal.Text(), StringComparison.Ordinal);
        Assert.Empty(await fixture.FeedbackOfAsync(client.ConversationId));
    }

    [Fact]
    public async Task Only_answers_from_the_letters_carry_feedback_actions()
    {
        var client = await DirectLineClient.StartAsync(fixture.Bot.Client, locale: "en-US");
        var (welcome, _) = await client.GetActivitiesAsync();

        var help = await AskAsync(client, "help", "en-US");
        var unanswered = await AskAsync(client, "What will the weather be in Geneva in July?", "en-US");
        var form = await AskAsync(client, "I want to submit a stocktaking entry", "en-US");
        await AskAsync(client, "cancel", "en-US");
        var answer = await AskAsync(client, "Where is the WSIS Forum 2026?", "en-US");

        Assert.All([welcome.Single(), help, unanswered, form], message => Assert.Null(DirectLineClient.FeedbackAction(message, Like)));
        Assert.NotNull(DirectLineClient.FeedbackAction(answer, Like));
        Assert.NotNull(DirectLineClient.FeedbackAction(answer, Dislike));
        var rows = await fixture.TranscriptOfAsync(client.ConversationId);
        Assert.Equal(answer.Text("id"), Assert.Single(rows, r => r.FeedbackKey is not null).ActivityId);
    }

    [Fact]
    public async Task The_answer_entity_is_the_schema_org_message_web_chat_draws_thumbs_for()
    {
        var client = await DirectLineClient.StartAsync(fixture.Bot.Client, locale: "en-US");

        var answer = await AskAsync(client, "Where is the WSIS Forum 2026?", "en-US");

        var message = answer.GetProperty("entities").EnumerateArray().Single(e => e.GetProperty("type").GetString() == "https://schema.org/Message");
        Assert.Equal("https://schema.org", message.GetProperty("@context").GetString());
        Assert.Equal("", message.GetProperty("@id").GetString());
        Assert.Equal("Message", message.GetProperty("@type").GetString());
        var actions = message.GetProperty("potentialAction").EnumerateArray().ToList();
        Assert.Equal([Like, Dislike], actions.Select(a => a.GetProperty("@type").GetString()));
        var ids = actions.Select(a => a.GetProperty("object").GetProperty("@id").GetString()).Distinct().ToList();
        var key = Assert.Single(ids)!;
        Assert.StartsWith("urn:uuid:", key, StringComparison.Ordinal);
        Assert.Equal(key["urn:uuid:".Length..], (await fixture.TranscriptOfAsync(client.ConversationId)).Single(r => r.FeedbackKey is not null).FeedbackKey);
    }

    private static async Task<JsonElement> AskAsync(DirectLineClient client, string text, string locale) =>
        await ReplyToAsync(client, await client.PostAsync(client.Message(text, locale)));

    /// <summary>The bot's reply to a posted activity: the post returns once the turn is saved, replies included.</summary>
    private static async Task<JsonElement> ReplyToAsync(DirectLineClient client, string activityId) =>
        (await client.GetActivitiesAsync()).Activities.First(a => a.IsReplyTo(activityId));
}
