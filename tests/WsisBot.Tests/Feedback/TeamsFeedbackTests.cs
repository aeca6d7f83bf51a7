using System.Net;
using System.Text.RegularExpressions;
using WsisBot.Data.Escalation;
using WsisBot.Data.Feedback;
using WsisBot.Testing;
using WsisBot.Tests.Escalation;
using WsisBot.Tests.Teams;

namespace WsisBot.Tests.Feedback;

/// <summary>Teams' feedback loop over the Bot Connector: answers enable it, Teams answers with a message/submitAction invoke.</summary>
[Collection(FeedbackCollection.Name)]
public partial class TeamsFeedbackTests(EscalationFixture fixture)
{
    private const string Asker = "29:1XJKJMvc5GBtc2JwZq0oj8tHZmzrQgFmB39ATiQWA85gQtHieVkKilBZ9XHoq9j7Zaqt7CZ-NJWi7me2kHTL3Bw";

    [Theory]
    [InlineData("en-US", "What is the deadline for the WSIS 2026 prizes?", "Clear, thank you")]
    [InlineData("fr-FR", "Quelle est la date limite pour les prix du SMSI 2026 ?", "Très clair, merci")]
    public async Task An_answer_enables_the_feedback_loop_and_a_like_is_stored_with_its_comment(string locale, string question, string comment)
    {
        var id = NewConversationId();
        var answer = await AskAsync(id, question, locale);
        Assert.True(answer.Activity.GetProperty("channelData").GetProperty("feedbackLoopEnabled").GetBoolean());
        Assert.False(answer.Activity.TryGetProperty("entities", out _), "Teams gets the feedback loop, not Web Chat's entity");

        using var response = await InvokeAsync(id, answer.Id, "like", comment);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("{}", await response.Content.ReadAsStringAsync());
        var feedback = Assert.Single(await fixture.FeedbackOfAsync(id));
        var row = (await fixture.TranscriptOfAsync(id)).Single(t => t.ActivityId == answer.Id);
        Assert.Equal((FeedbackReaction.Like, comment, question, locale, "msteams", Asker), (feedback.Reaction, feedback.Comment, feedback.Question, feedback.Language, feedback.ChannelId, feedback.UserId));
        Assert.Equal(row.Id, feedback.AnswerEntryId);
        Assert.Equal(answer.Text, feedback.Answer);
        Assert.Contains("\"reference\"", feedback.CitationsJson, StringComparison.Ordinal);
        Assert.Single(fixture.Sink.Messages(id));
    }

    [Fact]
    public async Task A_dislike_offers_the_secretariat_at_once_and_yes_hands_the_question_over()
    {
        var id = NewConversationId();
        const string question = "What is the deadline for the WSIS 2026 prizes?";
        var answer = await AskAsync(id, question, "en-US");

        using var response = await InvokeAsync(id, answer.Id, "dislike", "I was told the date moved");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("{}", await response.Content.ReadAsStringAsync());
        var offer = fixture.Sink.Messages(id)[^1];
        Assert.Contains("Shall I pass your question to the WSIS Forum secretariat?", offer.Text, StringComparison.Ordinal);
        Assert.Equal("I was told the date moved", Assert.Single(await fixture.FeedbackOfAsync(id)).Comment);

        var handedOver = await AskAsync(id, "yes", "en-US");

        Assert.Contains("passed your request to the WSIS Forum secretariat", handedOver.Text, StringComparison.Ordinal);
        var ticket = await fixture.TicketAsync(id);
        Assert.Equal((TicketReason.AnswerDisliked, question, "msteams"), (ticket!.Reason, ticket.Question, ticket.ChannelId));
    }

    [Fact]
    public async Task Feedback_from_another_member_or_on_a_message_that_is_no_answer_is_refused_and_a_second_one_too()
    {
        var id = NewConversationId();
        var help = await AskAsync(id, "help", "en-US");
        var answer = await AskAsync(id, "Where is the WSIS Forum 2026?", "en-US");

        var refusals = new List<string?>();
        foreach (var invoke in new[]
        {
            TeamsPayloads.FeedbackInvoke(fixture.Sink.ServiceUrl, id, answer.Id, "dislike", "", userId: "29:another-member"),
            TeamsPayloads.FeedbackInvoke(fixture.Sink.ServiceUrl, id, help.Id, "dislike", ""),
            TeamsPayloads.FeedbackInvoke(fixture.Sink.ServiceUrl, id, "sink-unknown", "like", ""),
            TeamsPayloads.FeedbackInvoke(fixture.Sink.ServiceUrl, id, answer.Id, "like", "good"),
            TeamsPayloads.FeedbackInvoke(fixture.Sink.ServiceUrl, id, answer.Id, "dislike", "no, bad"),
        })
        {
            var before = fixture.Sink.Messages(id).Count;
            using var response = await Conversation(id).PostAsync(invoke);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            refusals.Add(fixture.Sink.Messages(id).Skip(before).SingleOrDefault()?.Text);
        }

        Assert.Contains("Only the person who asked the question can rate this answer", refusals[0], StringComparison.Ordinal);
        Assert.Contains("I cannot find that answer in this conversation", refusals[1], StringComparison.Ordinal);
        Assert.Contains("I cannot find that answer in this conversation", refusals[2], StringComparison.Ordinal);
        Assert.Null(refusals[3]);
        Assert.Contains("You have already rated this answer", refusals[4], StringComparison.Ordinal);
        var feedback = Assert.Single(await fixture.FeedbackOfAsync(id));
        Assert.Equal((FeedbackReaction.Like, "good"), (feedback.Reaction, feedback.Comment));
    }

    public static TheoryData<string> Malformed => new()
    {
        "no value",
        "another action",
        "an unknown reaction",
        "a feedback form that is not JSON",
        "no replyToId",
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public async Task A_malformed_feedback_invoke_is_answered_400_with_a_refusal_and_changes_nothing(string what)
    {
        var id = NewConversationId();
        var answer = await AskAsync(id, "Où a lieu le Forum du SMSI 2026 ?", "fr-FR");
        var invoke = TeamsPayloads.FeedbackInvoke(fixture.Sink.ServiceUrl, id, answer.Id, "like", "");
        invoke["locale"] = "fr-FR";
        var action = invoke["value"]!["actionValue"]!.AsObject();
        switch (what)
        {
            case "no value": invoke.Remove("value"); break;
            case "another action": invoke["value"]!["actionName"] = "share"; break;
            case "an unknown reaction": action["reaction"] = "love"; break;
            case "a feedback form that is not JSON": action["feedback"] = "{feedbackText:"; break;
            default: invoke.Remove("replyToId"); break;
        }

        using var response = await Conversation(id).PostAsync(invoke);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Je n'ai pas pu lire cet avis", fixture.Sink.Messages(id)[^1].Text, StringComparison.Ordinal);
        Assert.Empty(await fixture.FeedbackOfAsync(id));
    }

    [Fact]
    public async Task The_inbox_lists_feedback_with_its_comment_sources_and_the_conversations_ticket()
    {
        var id = NewConversationId();
        var answer = await AskAsync(id, "Quelle est la date limite pour les prix du SMSI 2026 ?", "fr-FR");
        (await InvokeAsync(id, answer.Id, "dislike", "<b>La date</b> a changé")).Dispose();
        await AskAsync(id, "oui", "fr-FR");
        var ticket = await fixture.TicketAsync(id);
        Assert.NotNull(ticket);
        var staff = new InboxSession(fixture.Bot);
        Assert.Equal(HttpStatusCode.Redirect, (await staff.Client.GetAsync(new Uri("/inbox/feedback", UriKind.Relative))).StatusCode);
        await staff.SignInAsync(EscalationFixture.AdminUser, EscalationFixture.AdminPassword);

        var all = await staff.GetHtmlAsync("/inbox/feedback");
        var likes = await staff.GetHtmlAsync("/inbox/feedback?reaction=Like");
        var inbox = await staff.GetHtmlAsync("/inbox");

        var html = Row().Matches(all).Select(m => m.Value).Single(r => r.Contains($"/inbox/tickets/{ticket.Id}", StringComparison.Ordinal));
        // What the user wrote stays text; the rest is read as the browser shows it.
        Assert.Contains("&lt;b&gt;La date&lt;/b&gt;", html, StringComparison.Ordinal);
        var row = WebUtility.HtmlDecode(html);
        Assert.Contains("Pas utile · Not helpful", row, StringComparison.Ordinal);
        Assert.Contains("Quelle est la date limite pour les prix du SMSI 2026 ?", row, StringComparison.Ordinal);
        Assert.Contains("<b>La date</b> a changé", row, StringComparison.Ordinal);
        Assert.Contains("(2025-12-23)", row, StringComparison.Ordinal);
        Assert.Contains("<td>fr-FR</td>", row, StringComparison.Ordinal);
        Assert.Contains("<td>msteams</td>", row, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\">Commentaire · Comment</th>", WebUtility.HtmlDecode(all), StringComparison.Ordinal);
        Assert.DoesNotContain($"/inbox/tickets/{ticket.Id}\"", likes, StringComparison.Ordinal);
        Assert.Contains("href=\"/inbox/feedback\"", inbox, StringComparison.Ordinal);
    }

    private ConnectorConversation Conversation(string id) => new(fixture.Bot.Client, fixture.Sink, id, "msteams");

    private static string NewConversationId() => $"a:1{Guid.NewGuid():N}";

    /// <summary>Asks in a personal chat; the bot's reply reached the sink before the HTTP answer.</summary>
    private async Task<ChannelSink.Received> AskAsync(string id, string text, string locale)
    {
        var before = fixture.Sink.Messages(id).Count;
        var message = TeamsPayloads.PersonalMessage(fixture.Sink.ServiceUrl, id, text);
        message["locale"] = locale;
        (await Conversation(id).PostAsync(message)).EnsureSuccessStatusCode();
        return fixture.Sink.Messages(id)[before];
    }

    private Task<HttpResponseMessage> InvokeAsync(string id, string replyToId, string reaction, string comment) =>
        Conversation(id).PostAsync(TeamsPayloads.FeedbackInvoke(fixture.Sink.ServiceUrl, id, replyToId, reaction, comment));

    [GeneratedRegex("<tr>.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex Row();
}
