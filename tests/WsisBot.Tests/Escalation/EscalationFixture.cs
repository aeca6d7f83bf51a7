using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WsisBot.Data;
using WsisBot.Data.Escalation;
using WsisBot.Testing;

namespace WsisBot.Tests.Escalation;

/// <summary>The bot with a real SMTP server (maildev), a local admin for /inbox, and a channel sink.</summary>
public sealed class EscalationFixture : BotFixture
{
    public const string AdminUser = SecretariatSettings.AdminUser;
    public const string AdminPassword = SecretariatSettings.AdminPassword;

    public const string TeamsChannel = "19:secretariat-escalations@thread.tacv2";

    public MailDev Mail { get; private set; } = null!;

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>(SecretariatSettings.With(Mail))
    {
        ["Escalation:PublicBaseUrl"] = "https://wsisbot.example.org",
        ["Escalation:TeamsChannelId"] = TeamsChannel,
        ["Escalation:TeamsServiceUrl"] = Sink.ServiceUrl,
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

    /// <summary>The JSON of a Direct Line conversation's log, in watermark order.</summary>
    public async Task<List<string>> DirectLineLogOfAsync(string conversationId)
    {
        await using var scope = Bot.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<WsisBotDbContext>().DirectLineActivities.AsNoTracking()
            .Where(a => a.ConversationId == conversationId).OrderBy(a => a.Watermark).Select(a => a.ActivityJson).ToListAsync();
    }

    public async Task<List<WsisBot.Data.Feedback.AnswerFeedback>> FeedbackOfAsync(string conversationId)
    {
        await using var scope = Bot.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<WsisBotDbContext>().Feedback.AsNoTracking().Where(f => f.ConversationId == conversationId).OrderBy(f => f.Id).ToListAsync();
    }

    public async Task<Ticket?> TicketAsync(string conversationId)
    {
        await using var scope = Bot.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WsisBotDbContext>();
        return await db.Tickets.AsNoTracking().Include(t => t.Replies).FirstOrDefaultAsync(t => t.ConversationId == conversationId);
    }
}
