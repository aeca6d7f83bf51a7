using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WsisBot.Bot.Protocol;
using WsisBot.Data;
using WsisBot.Data.DirectLine;

namespace WsisBot.Bot.Channels.DirectLine;

/// <summary>
/// Appends addressed activities to one conversation's log inside a unit of work, the one place they are stamped:
/// the next watermark, an id made of it, a timestamp later than the previous activity's, and the row. The caller saves; a concurrent append by another
/// instance then fails on the conversation's <c>LastWatermark</c> and the caller runs again.
/// </summary>
internal sealed class DirectLineLogWriter
{
    // Compiled: every Direct Line turn opens a writer.
    private static readonly Func<WsisBotDbContext, string, CancellationToken, Task<DirectLineConversation?>> Conversation =
        EF.CompileAsyncQuery((WsisBotDbContext db, string id, CancellationToken _) => db.DirectLineConversations.FirstOrDefault(c => c.Id == id));

    private readonly WsisBotDbContext _db;
    private readonly DirectLineConversation _conversation;
    private readonly DateTimeOffset _now;
    private readonly List<DirectLineLogEntry> _appended = [];
    private readonly Dictionary<Activity, string> _json = new(ReferenceEqualityComparer.Instance);

    private DirectLineLogWriter(WsisBotDbContext db, DirectLineConversation conversation, DateTimeOffset now)
    {
        _db = db;
        _conversation = conversation;
        _now = now;
    }

    /// <summary>What this unit of work appended, to push to the conversation's sockets once it is saved.</summary>
    public IReadOnlyList<DirectLineLogEntry> Appended => _appended;

    /// <summary>A writer for the conversation, or null when it does not exist.</summary>
    public static async Task<DirectLineLogWriter?> OpenAsync(WsisBotDbContext db, string conversationId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var conversation = await Conversation(db, conversationId, cancellationToken);
        return conversation is null ? null : new DirectLineLogWriter(db, conversation, now);
    }

    public Activity Append(Activity activity)
    {
        var watermark = ++_conversation.LastWatermark;
        var timestamp = _now > _conversation.LastActivityAt ? _now : _conversation.LastActivityAt.AddMilliseconds(1);
        _conversation.LastActivityAt = timestamp;

        var stamped = activity with { Id = DirectLineChannel.ActivityId(_conversation.Id, watermark), Timestamp = timestamp };
        var json = JsonSerializer.Serialize(stamped, ProtocolJson.Options);
        _db.DirectLineActivities.Add(new DirectLineActivity
        {
            ConversationId = _conversation.Id,
            Watermark = watermark,
            ActivityJson = json,
            Timestamp = timestamp,
        });
        _appended.Add(new DirectLineLogEntry(watermark, json));
        _json[stamped] = json;
        return stamped;
    }

    /// <summary>The JSON <paramref name="stamped"/> (an activity <see cref="Append"/> returned) was logged as.</summary>
    public string? JsonOf(Activity stamped) => _json.GetValueOrDefault(stamped);
}
