using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using WsisBot.Testing;

namespace WsisBot.Tests.Shutdown;

public class BackgroundJobTests
{
    [Fact]
    public async Task Stopping_while_a_ticket_notice_is_being_sent_cancels_it_and_leaves_it_for_the_next_start()
    {
        await using var sink = await ChannelSink.StartAsync();
        using var silentSmtp = SilentSmtpServer.Start();
        var databasePath = TempFiles.NewDatabasePath();
        var notices = new Dictionary<string, string?>
        {
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Security"] = "None",
            ["Smtp:From"] = "wsisbot@itu.example",
            ["Escalation:NotifyAddress"] = SecretariatSettings.NotifyAddress,
            ["Escalation:NotifyPollSeconds"] = "1",
        };
        string conversationId;
        long ticketId;
        await using (var bot = await BotServer.StartAsync(new Dictionary<string, string?>(notices) { ["Smtp:Port"] = silentSmtp.Port.ToString(CultureInfo.InvariantCulture) }, databasePath))
        {
            var timeout = bot.Services.GetRequiredService<IOptions<HostOptions>>().Value.ShutdownTimeout;
            var conversation = new ConnectorConversation(bot.Client, sink);
            conversationId = conversation.ConversationId;
            await conversation.AskAsync("human please");
            // The notifier has claimed the ticket and waits for the server's greeting (its own timeout is 15 s).
            await silentSmtp.Connected.WaitAsync(TimeSpan.FromSeconds(30));

            var stopwatch = Stopwatch.StartNew();
            await bot.StopAsync();
            stopwatch.Stop();

            Assert.True(stopwatch.Elapsed < timeout, $"Stopping took {stopwatch.Elapsed}, beyond the shutdown timeout {timeout}.");
            await using var db = DatabaseFile.Open(databasePath);
            var ticket = await db.Tickets.AsNoTracking().SingleAsync(t => t.ConversationId == conversationId);
            ticketId = ticket.Id;
            // Cancelled, not failed: no attempt counted, no error, and due now rather than when the claim expires.
            Assert.Null(ticket.NotifiedAt);
            Assert.Equal(0, ticket.NotifyAttempts);
            Assert.Null(ticket.NotifyError);
            Assert.True(ticket.NextNotifyAt <= DateTimeOffset.UtcNow, $"The ticket is due only at {ticket.NextNotifyAt:O}.");
        }

        await using var mail = await MailDev.StartAsync();
        await using var restarted = await BotServer.StartAsync(new Dictionary<string, string?>(notices) { ["Smtp:Port"] = mail.SmtpPort.ToString(CultureInfo.InvariantCulture) }, databasePath);

        await mail.WaitForEmailAsync($"Request no. {ticketId}");
    }
}
