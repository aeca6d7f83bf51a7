using Microsoft.EntityFrameworkCore;
using WsisBot.Bot.Conversation;
using WsisBot.Bot.Escalation;
using WsisBot.Bot.Protocol;
using WsisBot.Bot.Submissions;
using WsisBot.Knowledge;
using WsisBot.Tests.Submissions;

namespace WsisBot.Tests.Turns;

/// <summary>The router, a form and the hand-over driven turn by turn, without HTTP (the wire has its own tests).</summary>
public class DirectTurnTests
{
    [Fact]
    public async Task Help_in_French_lists_what_the_bot_does_in_French()
    {
        await using var turns = await DirectTurns.StartAsync();

        var replies = await turns.SayAsync("aide", locale: "fr-FR");

        Assert.Equal(Phrases.Help(Language.French), Assert.Single(replies).Text);
    }

    [Fact]
    public async Task Help_inside_a_form_is_answered_and_the_form_goes_on_where_it_was()
    {
        await using var turns = await DirectTurns.StartAsync();
        var started = await turns.SayAsync(SubmissionFixture.Start("OCP", Language.English));
        Assert.Contains(started, r => r.Attachments?.Any(a => a.ContentType == Attachment.AdaptiveCardContentType) == true);

        var replies = await turns.SayAsync("help");

        var texts = DirectTurns.Texts(replies);
        Assert.Contains(Phrases.Help(Language.English), texts, StringComparison.Ordinal);
        Assert.Contains(SubmissionPhrases.FormHelp(Language.English), texts, StringComparison.Ordinal);
        Assert.Contains(replies, r => r.Attachments?.Any(a => a.ContentType == Attachment.AdaptiveCardContentType) == true);
        Assert.Equal(SubmissionPhrases.Cancelled(Language.English), Assert.Single(await turns.SayAsync("cancel")).Text);
    }

    [Fact]
    public async Task Asking_for_a_person_opens_one_ticket_saved_with_the_turn_under_the_next_number()
    {
        await using var turns = await DirectTurns.StartAsync();

        var replies = await turns.SayAsync("I would like to talk to someone please");

        var ticket = await turns.ReadAsync(db => db.Tickets.SingleAsync(t => t.ConversationId == turns.ConversationId));
        Assert.Equal(1, ticket.Id);
        Assert.Contains(ticket.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), DirectTurns.Texts(replies), StringComparison.Ordinal);
        Assert.Equal(EscalationPhrases.AlreadyOpen(ticket.Id, Language.English), Assert.Single(await turns.SayAsync("I would like to talk to someone please")).Text);
    }
}
