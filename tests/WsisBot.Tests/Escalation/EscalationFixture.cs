using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WsisBot.Bot.Escalation;
using WsisBot.Data;
using WsisBot.Data.Escalation;
using WsisBot.Testing;

namespace WsisBot.Tests.Escalation;

/// <summary>The bot with a real SMTP server (maildev), a local admin for /inbox, and a channel sink.</summary>
public sealed class EscalationFixture : BotFixture
{
    public const string AdminUser = "secretariat";
    public const string AdminPassword = "correct horse battery staple";

    public const string TeamsChannel = "19:secretariat-escalations@thread.tacv2";

    public MailDev Mail { get; private set; } = null!;

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Clock:Now"] = "2026-03-03T09:00:00Z",
        ["Smtp:Host"] = "127.0.0.1",
        ["Smtp:Port"] = Mail.SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Smtp:Security"] = "None",
        ["Smtp:From"] = "wsisbot@itu.example",
        ["Escalation:NotifyAddress"] = "wsis-secretariat@itu.example",
        ["Escalation:PublicBaseUrl"] = "https://wsisbot.example.org",
        ["Escalation:NotifyPollSeconds"] = "1",
        ["Escalation:TeamsChannelId"] = TeamsChannel,
        ["Escalation:TeamsServiceUrl"] = Sink.ServiceUrl,
        ["Inbox:AdminUserName"] = AdminUser,
        ["Inbox:AdminPasswordHash"] = InboxPasswords.Hash(AdminPassword),
    };

    public override async Task InitializeAsync()
    {
        Mail = await MailDev.StartAsync();
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Mail.DisposeAsync();
    }

    public async Task<List<WsisBot.Data.Submissions.Submission>> SubmissionsOfAsync(string conversationId)
    {
        await using var scope = Bot.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<WsisBotDbContext>().Submissions.AsNoTracking().Where(s => s.ConversationId == conversationId).ToListAsync();
    }

    public async Task<List<WsisBot.Data.Conversations.TranscriptEntry>> TranscriptOfAsync(string conversationId)
    {
        await using var scope = Bot.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<WsisBotDbContext>().Transcript.AsNoTracking().Where(t => t.ConversationId == conversationId).ToListAsync();
    }

    public async Task<Ticket?> TicketAsync(string conversationId)
    {
        await using var scope = Bot.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WsisBotDbContext>();
        return await db.Tickets.AsNoTracking().Include(t => t.Replies).FirstOrDefaultAsync(t => t.ConversationId == conversationId);
    }
}
