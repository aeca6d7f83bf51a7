using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WsisBot.Bot.Conversation;
using WsisBot.Bot.Hosting;
using WsisBot.Bot.Protocol;
using WsisBot.Data;
using WsisBot.Data.Conversations;

namespace WsisBot.Bot.Turns;

/// <summary>
/// Runs one turn for any channel: loads the conversation's state, routes the activity, and saves state,
/// transcript (both directions), conversation reference and whatever the turn wrote (a submission, a ticket)
/// in one SaveChanges, i.e. one transaction. Two instances racing on one
/// conversation meet the state's concurrency token: the loser runs its turn again on the fresh state.
/// </summary>
public sealed class TurnProcessor(IServiceScopeFactory scopes, IDatabaseWriter writer, TimeProvider clock, BotTelemetry telemetry, ILogger<TurnProcessor> logger)
{
    private const int MaxAttempts = 6;

    private readonly ConversationLocks _locks = new();
    private readonly NumberGate _numbers = new();

    /// <summary>Activity types the bot takes a turn on; channels acknowledge and ignore the others.</summary>
    private static readonly HashSet<string> HandledTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        ActivityTypes.Message, ActivityTypes.ConversationUpdate, ActivityTypes.Invoke,
        ActivityTypes.InstallationUpdate, ActivityTypes.Event, ActivityTypes.EndOfConversation,
    };

    public static bool TakesTurnOn(Activity activity) => activity.Type is { } type && HandledTypes.Contains(type);

    public Task<TurnResult> ProcessAsync(Activity activity, CancellationToken cancellationToken) =>
        ProcessAsync(activity, log: null, cancellationToken);

    /// <summary>Runs the turn; with a <paramref name="log"/>, the replies are delivered in the turn's own transaction.</summary>
    public async Task<TurnResult> ProcessAsync(Activity activity, ITurnLog? log, CancellationToken cancellationToken)
    {
        using var span = BotTelemetry.Source.StartActivity("turn");
        span?.SetTag("wsisbot.channel", activity.ChannelId);
        span?.SetTag("wsisbot.activity_type", activity.Type);
        var started = clock.GetTimestamp();
        var result = await ProcessWithRetriesAsync(activity, log, cancellationToken);
        telemetry.Turn(activity.ChannelId, activity.Type, clock.GetElapsedTime(started));
        return result;
    }

    private async Task<TurnResult> ProcessWithRetriesAsync(Activity activity, ITurnLog? log, CancellationToken cancellationToken)
    {
        // Turns of one conversation queue on this instance; only another instance can still race this one.
        using var _ = await _locks.AcquireAsync($"{activity.ChannelId}|{activity.Conversation!.Id}", cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<WsisBotDbContext>();
            var router = scope.ServiceProvider.GetRequiredService<TurnRouter>();
            try
            {
                // One open for the turn's reads and its save, instead of one per query.
                await db.Database.OpenConnectionAsync(cancellationToken);
                return await RunOnceAsync(activity, db, router, log, cancellationToken);
            }
            catch (DbUpdateConcurrencyException) when (attempt < MaxAttempts)
            {
                telemetry.Retried("conflict");
                logger.LogInformation("Conversation {Conversation} changed under turn {Attempt}; running it again.", activity.Conversation?.Id, attempt);
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 20 * attempt)), clock, cancellationToken);
            }
            catch (DbUpdateException ex) when (attempt < MaxAttempts && IsDuplicateKey(ex))
            {
                // Two first turns of a new conversation inserted its state row (or a first number of a sequence) at once.
                telemetry.Retried("duplicate");
                logger.LogInformation("Conversation {Conversation} was created concurrently; running the turn again.", activity.Conversation?.Id);
            }
            catch (Exception ex) when (attempt < MaxAttempts && IsDatabaseBusy(ex))
            {
                telemetry.Retried("busy");
                logger.LogWarning("The database is busy or unavailable (turn attempt {Attempt}); retrying.", attempt);
                await Task.Delay(TimeSpan.FromMilliseconds(100 * attempt * attempt), clock, cancellationToken);
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }
    }

    private async Task<TurnResult> RunOnceAsync(Activity activity, WsisBotDbContext db, TurnRouter router, ITurnLog? log, CancellationToken cancellationToken)
    {
        var channelId = activity.ChannelId ?? "unknown";
        var conversationId = activity.Conversation!.Id!;
        var now = clock.GetUtcNow();
        if (log is not null)
        {
            activity = await log.AcceptAsync(db, activity, now, cancellationToken);
        }

        var rows = await ConversationRows.LoadAsync(db, channelId, conversationId, cancellationToken);
        var row = rows?.State;
        var reference = rows?.Reference;
        if (row is null)
        {
            row = new ConversationState { ChannelId = channelId, ConversationId = conversationId, CreatedAt = now };
            db.ConversationStates.Add(row);
            // A first turn, or one after the state alone was erased.
            reference = await db.ConversationReferences.FindAsync([channelId, conversationId], cancellationToken);
        }

        var state = JsonSerializer.Deserialize<ConversationData>(row.StateJson, StateJson.Options) ?? new ConversationData();
        using var turn = new TurnContext(activity, state with { Turns = state.Turns + 1 }, db, _numbers);

        await router.RouteAsync(turn, cancellationToken);

        row.StateJson = JsonSerializer.Serialize(turn.State, StateJson.Options);
        row.Version++;
        row.UpdatedAt = now;

        db.Transcript.Add(TranscriptRows.Incoming(activity, now, log?.JsonOf(activity)));
        var delivered = log?.Record(turn.Outgoing);
        var outgoing = (delivered ?? turn.Outgoing)
            .Select(a => (Activity: a, Row: TranscriptRows.Outgoing(a, now, delivered: log is not null, log?.JsonOf(a))))
            .ToList();
        db.Transcript.AddRange(outgoing.Select(o => o.Row));
        SaveReference(db, reference, activity, now);

        await writer.SaveChangesAsync(db, cancellationToken);
        telemetry.Saved(turn.Measurements);
        return new TurnResult([.. outgoing.Select(o => new OutgoingActivity(o.Activity, o.Row.Id))], turn.InvokeResponse);
    }

    private static void SaveReference(WsisBotDbContext db, StoredConversationReference? reference, Activity activity, DateTimeOffset now)
    {
        if (activity.ServiceUrl is null)
        {
            return;
        }

        var channelId = activity.ChannelId ?? "unknown";
        var conversationId = activity.Conversation!.Id!;
        var json = JsonSerializer.Serialize(activity.GetConversationReference(), ProtocolJson.Options);
        if (reference is null)
        {
            db.ConversationReferences.Add(new StoredConversationReference
            {
                ChannelId = channelId,
                ConversationId = conversationId,
                UserId = activity.From?.Id,
                ServiceUrl = activity.ServiceUrl,
                ReferenceJson = json,
                UpdatedAt = now,
            });
        }
        else if (reference.ReferenceJson != json || (activity.From?.Id is { } userId && userId != reference.UserId) || reference.ServiceUrl != activity.ServiceUrl)
        {
            reference.UserId = activity.From?.Id ?? reference.UserId;
            reference.ServiceUrl = activity.ServiceUrl;
            reference.ReferenceJson = json;
            reference.UpdatedAt = now;
        }
    }

    /// <summary>SQLite's busy/locked/I/O errors; SQL Server's transient faults are retried by its execution strategy.</summary>
    private static bool IsDatabaseBusy(Exception ex) =>
        (ex as Microsoft.Data.Sqlite.SqliteException ?? ex.InnerException as Microsoft.Data.Sqlite.SqliteException) is { SqliteErrorCode: 5 or 6 or 10 or 14 };

    private static bool IsDuplicateKey(DbUpdateException ex) =>
        ex.InnerException?.Message.Contains("UNIQUE", StringComparison.OrdinalIgnoreCase) == true
        || ex.InnerException?.Message.Contains("duplicate key", StringComparison.OrdinalIgnoreCase) == true;
}
