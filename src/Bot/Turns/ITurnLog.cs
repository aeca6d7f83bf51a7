using WsisBot.Bot.Protocol;
using WsisBot.Data;

namespace WsisBot.Bot.Turns;

/// <summary>
/// A channel whose delivery is a database write (the bot's own Direct Line log) joins the pipeline's transaction:
/// the pipeline opens the log in each attempt's unit of work, appends the incoming activity before the bot sees it
/// and the replies before the save, so state, transcript and delivery commit together or not at all.
/// </summary>
public interface ITurnLog
{
    /// <summary>Whether the incoming activity is appended too (a user's activity is; the channel's own join is not).</summary>
    bool LogsIncoming { get; }

    /// <summary>Opens the log in this attempt's unit of work; throws <see cref="ConversationNotFoundException"/> when it does not exist.</summary>
    Task OpenAsync(WsisBotDbContext db, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Gives an addressed activity its place in the log (id, timestamp) and adds it to the unit of work.</summary>
    Activity Append(Activity activity);

    /// <summary>The JSON an appended activity was logged as, for its transcript row (null for any other).</summary>
    string? JsonOf(Activity appended);

    /// <summary>Held from before the save until <see cref="Saved"/>: readers of the log wait for what is being appended.</summary>
    IDisposable BeginSave();

    /// <summary>The unit of work is on disk: tell the log's readers.</summary>
    void Saved();
}

/// <summary>The channel's conversation is not in the database: the endpoint answers 404.</summary>
public sealed class ConversationNotFoundException(string conversationId)
    : Exception($"Conversation '{conversationId}' does not exist.");
