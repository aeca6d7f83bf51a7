using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WsisBot.Data;
using WsisBot.Data.Escalation;
using WsisBot.Testing;

namespace WsisBot.Tests.Escalation;

/// <summary>The SMTP server is down: nothing listens on its port.</summary>
public sealed class SmtpDownFixture : BotFixture
{
    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Smtp:Host"] = "127.0.0.1",
        ["Smtp:Port"] = MailDev.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Smtp:Security"] = "None",
        ["Escalation:NotifyAddress"] = "wsis-secretariat@itu.example",
        ["Escalation:NotifyPollSeconds"] = "1",
        ["Escalation:NotifyRetrySeconds"] = "0.2",
    };
}

public class FailingNotificationTests(SmtpDownFixture fixture) : IClassFixture<SmtpDownFixture>
{
    [Fact]
    public async Task A_notice_that_fails_is_retried_and_the_ticket_is_kept()
    {
        var conversation = fixture.NewConversation();
        var reply = await conversation.AskAsync("human please");

        var ticket = await WaitAsync(async () =>
        {
            await using var scope = fixture.Bot.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<WsisBotDbContext>();
            var t = await db.Tickets.AsNoTracking().SingleAsync(t => t.ConversationId == conversation.ConversationId);
            return t.NotifyAttempts >= 2 ? t : null;
        });

        Assert.Contains("passed your request", reply.Text, StringComparison.Ordinal);
        Assert.Null(ticket.NotifiedAt);
        Assert.NotNull(ticket.NotifyError);
        Assert.Equal(TicketStatus.Open, ticket.Status);
    }

    private static async Task<T> WaitAsync<T>(Func<Task<T?>> probe) where T : class
    {
        for (var i = 0; i < 200; i++)
        {
            if (await probe() is { } found)
            {
                return found;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The condition was not met in 20 s.");
    }
}
