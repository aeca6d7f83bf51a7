using System.Text.Json;
using WsisBot.Bot.Hosting;
using WsisBot.Bot.Protocol;
using WsisBot.Data;
using WsisBot.Data.Conversations;
using WsisBot.Knowledge;

namespace WsisBot.Bot.Turns;

/// <summary>
/// The one pipeline every channel hands its activities to. For a turn: one writer per conversation on this instance,
/// the conversation's state loaded, the activity routed, and state, transcript (both directions), the channel's log,
/// the conversation reference and whatever the turn wrote (a submission, a ticket) saved in one unit of work, retried
/// whole on a conflict with another instance; a turn that still fails is apologised for in its language
/// (<see cref="TurnErrorHandler"/>). Activities that take no turn (a bot's proactive message into a logged
/// conversation, a user's activity the bot ignores) are recorded the same way through <see cref="RecordAsync"/>.
/// </summary>
public sealed class TurnProcessor : IDisposable
{
    private readonly IDatabaseWriter _writer;
    private readonly TimeProvider _clock;
    private readonly BotTelemetry _telemetry;
    private readonly TurnAttempts _attempts;
    private readonly TurnErrorHandler _errors;
    private readonly ConversationLocks _locks = new();
    private readonly NumberGate _numbers = new();

    public TurnProcessor(IServiceScopeFactory scopes, IDatabaseWriter writer, TimeProvider clock, BotTelemetry telemetry, ILogger<TurnProcessor> logger)
    {
        (_writer, _clock, _telemetry) = (writer, clock, telemetry);
        _attempts = new TurnAttempts(scopes, clock, telemetry, logger);
        _errors = new TurnErrorHandler(scopes, writer, clock, logger);
    }

    /// <summary>Activity types the bot takes a turn on; channels acknowledge and ignore the others.</summary>
    private static readonly HashSet<string> HandledTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        ActivityTypes.Message, ActivityTypes.ConversationUpdate, ActivityTypes.Invoke,
        ActivityTypes.InstallationUpdate, ActivityTypes.Event, ActivityTypes.EndOfConversation,
    };

    public static bool TakesTurnOn(Activity activity) => activity.Type is { } type && HandledTypes.Contains(type);

    /// <summary>Runs the turn; with a <paramref name="log"/>, the incoming activity and the replies are delivered in the turn's own unit of work.</summary>
    public async Task<TurnResult> ProcessAsync(Activity activity, ITurnLog? log, CancellationToken cancellationToken)
    {
        using var span = BotTelemetry.Source.StartActivity("turn");
        span?.SetTag("wsisbot.channel", activity.ChannelId);
        span?.SetTag("wsisbot.activity_type", activity.Type);
        var started = _clock.GetTimestamp();
        TurnResult result;
        using (await _locks.AcquireAsync(Key(activity), cancellationToken))
        {
            // Until the router resolves it: the turn's language as far as is known without reading its words.
            var language = LanguageExtensions.FromLocale(activity.Locale) ?? Language.French;
            try
            {
                result = await _attempts.RunAsync(activity.Conversation!.Id!, (db, services, token) =>
                    RunOnceAsync(activity, db, services.GetRequiredService<ITurnHandler>(), log, resolved => language = resolved, token), cancellationToken);
            }
            catch (Exception ex) when (ex is not (OperationCanceledException or ConversationNotFoundException))
            {
                result = await _errors.OnTurnErrorAsync(activity, log, language, ex, cancellationToken);
            }
        }

        _telemetry.Turn(activity.ChannelId, activity.Type, _clock.GetElapsedTime(started));
        return result;
    }

    /// <summary>
    /// Records an activity no turn is taken on in the channel's log and the transcript: the bot's own message sent
    /// proactively (<paramref name="fromBot"/>), or a user's activity of a type the bot ignores. Returns it as logged.
    /// </summary>
    public async Task<Activity> RecordAsync(Activity activity, ITurnLog log, bool fromBot, CancellationToken cancellationToken)
    {
        using var _ = await _locks.AcquireAsync(Key(activity), cancellationToken);
        return await _attempts.RunAsync(activity.Conversation!.Id!, async (db, _, token) =>
        {
            var record = await TurnRecord.OpenAsync(db, log, _clock.GetUtcNow(), token);
            Activity logged;
            if (fromBot)
            {
                logged = record.Outgoing(activity);
            }
            else
            {
                logged = record.Accept(activity);
                record.Incoming(logged);
            }

            await record.SaveAsync(_writer, token);
            return logged;
        }, cancellationToken);
    }

    public void Dispose() => _numbers.Dispose();

    private static string Key(Activity activity) => $"{activity.ChannelId}|{activity.Conversation!.Id}";

    private async Task<TurnResult> RunOnceAsync(
        Activity activity, WsisBotDbContext db, ITurnHandler router, ITurnLog? log, Action<Language> languageResolved, CancellationToken cancellationToken)
    {
        var channelId = activity.ChannelId ?? "unknown";
        var conversationId = activity.Conversation!.Id!;
        var now = _clock.GetUtcNow();
        var record = await TurnRecord.OpenAsync(db, log, now, cancellationToken);
        var incoming = record.Accept(activity);

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
        using var turn = new TurnContext(incoming, state with { Turns = state.Turns + 1 }, new TurnStore(db, _numbers));
        try
        {
            await router.RouteAsync(turn, cancellationToken);
        }
        finally
        {
            languageResolved(turn.Language);
        }

        row.StateJson = JsonSerializer.Serialize(turn.State, StateJson.Options);
        row.Version++;
        row.UpdatedAt = now;

        record.Incoming(incoming);
        foreach (var reply in turn.Outgoing)
        {
            record.Outgoing(reply, turn.AnswerOf(reply));
        }

        SaveReference(db, reference, incoming, now);
        await record.SaveAsync(_writer, cancellationToken);
        _telemetry.Saved(turn.Measurements);
        return new TurnResult(incoming, record.Delivery, turn.InvokeResponse);
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
}
