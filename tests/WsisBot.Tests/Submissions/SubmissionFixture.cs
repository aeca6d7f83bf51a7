using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WsisBot.Bot.Submissions;
using WsisBot.Data;
using WsisBot.Data.Submissions;
using WsisBot.Knowledge;

namespace WsisBot.Tests.Submissions;

/// <summary>The bot on 3 March 2026: every 2026 call is open.</summary>
public class SubmissionFixture : BotFixture
{
    public FormDriver NewDriver() => new(NewConversation(), Sink);

    public static string Start(string code, Language language) => SubmissionPhrases.StartCommand(SubmissionForms.ForCode(code)!, language);

    public async Task<List<Submission>> SubmissionsAsync(string conversationId)
    {
        await using var scope = Bot.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WsisBotDbContext>();
        return await db.Submissions.Where(s => s.ConversationId == conversationId).ToListAsync();
    }
}
