using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using WsisBot.Data;
using WsisBot.Data.Escalation;
using WsisBot.Data.Feedback;
using Xunit.Abstractions;

namespace WsisBot.Browser.Tests;

/// <summary>The thumbs Web Chat 4.18 draws under the bot's answers, pressed in Chromium: rows in the database, the offer after a thumbs-down.</summary>
public class FeedbackInBrowserTests(EscalationChromiumFixture fixture, ITestOutputHelper output) : IClassFixture<EscalationChromiumFixture>
{
    public static TheoryData<string, string, string, string, string, string, string, string, string> Visits => new()
    {
        {
            "?lang=fr", "Où a lieu le Forum du SMSI 2026 ?", "Palexpo", "Quelle est la date limite pour les prix du SMSI 2026 ?", "15 mars 2026",
            "J’aime", "Je n’aime pas", "Parler à quelqu'un", "transmis votre demande"
        },
        {
            "?ws=0&lang=en", "Where is the WSIS Forum 2026?", "Palexpo", "What is the deadline for the WSIS 2026 prizes?", "15 March 2026",
            "Like", "Dislike", "Talk to someone", "passed your request"
        },
    };

    [Theory]
    [MemberData(nameof(Visits))]
    public async Task A_thumb_up_and_a_thumb_down_are_stored_and_the_thumb_down_offers_the_secretariat(
        string query, string first, string firstFact, string second, string secondFact, string like, string dislike, string offer, string handedOver)
    {
        await using var chat = await fixture.OpenAsync(query);
        var language = query.EndsWith("fr", StringComparison.Ordinal) ? "french" : "english";
        await chat.SeesAsync(language == "french" ? "Je suis WsisBot" : "I am WsisBot");

        await chat.SendAsync(first);
        await Thumb(chat, firstFact, like).ClickAsync();
        Assert.Equal("true", await Thumb(chat, firstFact, like).GetAttributeAsync("aria-pressed"));
        var liked = await FeedbackAsync(chat.ConversationId, count: 1);
        Assert.Equal((FeedbackReaction.Like, first), (liked[0].Reaction, liked[0].Question));

        await chat.SendAsync(second);
        await Thumb(chat, secondFact, dislike).WaitForAsync();
        output.WriteLine("Screenshot: " + await chat.ScreenshotAsync($"feedback-thumbs-{language}"));
        await Thumb(chat, secondFact, dislike).ClickAsync();
        var disliked = (await FeedbackAsync(chat.ConversationId, count: 2))[1];
        // Web Chat shows the new suggested actions beside the old ones for a moment.
        var offerButton = chat.Page.GetByRole(AriaRole.Button, new() { Name = offer, Exact = true });
        await Assertions.Expect(offerButton).ToHaveCountAsync(1);
        output.WriteLine("Screenshot: " + await chat.ScreenshotAsync($"feedback-offer-{language}"));
        Assert.Equal((FeedbackReaction.Dislike, second, "directline"), (disliked.Reaction, disliked.Question, disliked.ChannelId));

        await offerButton.ClickAsync();
        await chat.SeesAsync(handedOver);
        var ticket = await TicketAsync(chat.ConversationId);
        Assert.Equal((TicketReason.AnswerDisliked, second), (ticket.Reason, ticket.Question));

        var staff = await fixture.StaffPageAsync("/inbox/feedback");
        await staff.GetByRole(AriaRole.Heading, new() { Name = "Avis sur les réponses · Feedback on answers" }).WaitForAsync();
        // Both feedback rows link to the conversation's ticket.
        Assert.Equal(2, await staff.GetByRole(AriaRole.Link, new() { Name = $"n° {ticket.Id}", Exact = true }).CountAsync());
        output.WriteLine("Screenshot: " + await ChromiumFixture.ScreenshotAsync(staff, $"inbox-feedback-{language}"));
        await staff.Context.CloseAsync();
    }

    /// <summary>A thumb under the bot message that shows <paramref name="answerText"/>.</summary>
    private static ILocator Thumb(ChatPage chat, string answerText, string name) =>
        chat.Page.Locator("#webchat .webchat__basic-transcript__activity", new() { HasText = answerText }).Last
            .GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    /// <summary>The conversation's feedback once it has <paramref name="count"/> rows (Web Chat posts a click after 500 ms).</summary>
    private async Task<List<AnswerFeedback>> FeedbackAsync(string conversationId, int count)
    {
        for (var deadline = DateTime.UtcNow.AddSeconds(20); ; await Task.Delay(100))
        {
            await using var scope = fixture.Bot.Services.CreateAsyncScope();
            var rows = await scope.ServiceProvider.GetRequiredService<WsisBotDbContext>().Feedback.AsNoTracking()
                .Where(f => f.ConversationId == conversationId).OrderBy(f => f.Id).ToListAsync();
            if (rows.Count >= count || DateTime.UtcNow > deadline)
            {
                Assert.Equal(count, rows.Count);
                return rows;
            }
        }
    }

    private async Task<Ticket> TicketAsync(string conversationId)
    {
        await using var scope = fixture.Bot.Services.CreateAsyncScope();
        var ticket = await scope.ServiceProvider.GetRequiredService<WsisBotDbContext>().Tickets.AsNoTracking().SingleOrDefaultAsync(t => t.ConversationId == conversationId);
        Assert.NotNull(ticket);
        return ticket;
    }
}
