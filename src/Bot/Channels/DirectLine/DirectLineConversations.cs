using Microsoft.EntityFrameworkCore;
using WsisBot.Bot.Conversation;
using WsisBot.Bot.Protocol;
using WsisBot.Bot.Turns;
using WsisBot.Data;
using WsisBot.Data.DirectLine;
using WsisBot.Knowledge;

namespace WsisBot.Bot.Channels.DirectLine;

/// <summary>
/// The bot's own Direct Line conversations: start one, post a user's activity into one (the bot takes its
/// turn in-process and its replies are logged in the same transaction), read a log, and append a bot
/// activity proactively (what the escalation inbox uses to deliver a staff reply).
/// </summary>
public sealed class DirectLineConversations(
    IServiceScopeFactory scopes,
    TurnProcessor turns,
    IDatabaseWriter writer,
    DirectLineStreams streams,
    TimeProvider clock,
    ILogger<DirectLineConversations> logger)
{
    private const int MaxAttempts = 4;
    private const int MaxPage = 500;
    private readonly ConversationLocks _locks = new();

    /// <summary>Creates the conversation and welcomes the user; false when it already existed.</summary>
    public async Task<bool> StartAsync(string conversationId, string userId, string? locale, CancellationToken cancellationToken)
    {
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WsisBotDbContext>();
            if (await db.DirectLineConversations.AnyAsync(c => c.Id == conversationId, cancellationToken))
            {
                return false;
            }

            var now = clock.GetUtcNow();
            db.DirectLineConversations.Add(new DirectLineConversation { Id = conversationId, UserId = userId, CreatedAt = now, LastActivityAt = now });
            try
            {
                // Through the writer, as turns save: on SQLite a save of its own waits out the writer's lock in SQLite's busy handler.
                await writer.SaveChangesAsync(db, cancellationToken);
            }
            catch (DbUpdateException)
            {
                if (await FindUserAsync(conversationId, cancellationToken) is null)
                {
                    throw;
                }

                // Started concurrently with the same token (two tabs): the other request welcomes the user.
                return false;
            }
        }

        var user = new ChannelAccount { Id = userId, Role = "user" };
        var joined = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            Locale = locale,
            MembersAdded = [DirectLineChannel.Bot, user],
            From = user,
        };
        using (await _locks.AcquireAsync(conversationId, cancellationToken))
        {
            await RunTurnAsync(Addressed(joined, conversationId, user), logIncoming: false, cancellationToken);
        }

        return true;
    }

    /// <summary>
    /// Logs a user's activity (the echo its sender waits for) and, for the types the bot handles, runs its turn
    /// and logs the replies. Returns the activity's id. Throws <see cref="DirectLineConversationNotFoundException"/>.
    /// </summary>
    public async Task<string> PostAsync(string conversationId, string userId, Activity posted, CancellationToken cancellationToken)
    {
        var user = (posted.From ?? new ChannelAccount()) with { Id = userId, Role = "user" };
        var activity = Addressed(posted, conversationId, user);
        if (activity.IsType(ActivityTypes.Typing))
        {
            // A user's typing is not logged and the bot does not act on it.
            return DirectLineChannel.ActivityId(conversationId, 0);
        }

        if (activity.IsType(ActivityTypes.Message) && streams.HasSubscribers(conversationId))
        {
            streams.PublishEphemeral(conversationId, Typing(conversationId, userId));
        }

        using (await _locks.AcquireAsync(conversationId, cancellationToken))
        {
            var logged = TurnProcessor.TakesTurnOn(activity)
                ? await RunTurnAsync(activity, logIncoming: true, cancellationToken)
                : await AppendAsync(conversationId, activity, cancellationToken);
            return logged.Id!;
        }
    }

    /// <summary>
    /// Appends a bot activity to a conversation (proactively, outside a turn) and records it in the transcript;
    /// returns its id, or null when the conversation does not exist.
    /// </summary>
    public async Task<string?> AppendBotActivityAsync(string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        try
        {
            using var _ = await _locks.AcquireAsync(conversationId, cancellationToken);
            var logged = await AppendAsync(conversationId, activity with { From = DirectLineChannel.Bot }, cancellationToken, bot: true);
            return logged.Id;
        }
        catch (DirectLineConversationNotFoundException)
        {
            return null;
        }
    }

    /// <summary>The user a conversation was started for, or null when it does not exist.</summary>
    public async Task<string?> FindUserAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WsisBotDbContext>();
        return await db.DirectLineConversations.Where(c => c.Id == conversationId).Select(c => c.UserId).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>The log after <paramref name="watermark"/> (at most a page), or null when the conversation does not exist.</summary>
    public async Task<IReadOnlyList<DirectLineLogEntry>?> ReadAfterAsync(string conversationId, long watermark, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WsisBotDbContext>();
        var last = await db.DirectLineConversations.Where(c => c.Id == conversationId).Select(c => (long?)c.LastWatermark).FirstOrDefaultAsync(cancellationToken);
        if (last is null)
        {
            return null;
        }

        if (last <= watermark)
        {
            return [];
        }

        return await db.DirectLineActivities
            .Where(a => a.ConversationId == conversationId && a.Watermark > watermark)
            .OrderBy(a => a.Watermark)
            .Take(MaxPage)
            .Select(a => new DirectLineLogEntry(a.Watermark, a.ActivityJson))
            .ToListAsync(cancellationToken);
    }

    private async Task<Activity> RunTurnAsync(Activity activity, bool logIncoming, CancellationToken cancellationToken)
    {
        var log = new DirectLineTurnLog(activity.Conversation!.Id!, logIncoming);
        using var appending = streams.LocalAppend(activity.Conversation.Id!);
        try
        {
            await turns.ProcessAsync(activity, log, cancellationToken);
            streams.Publish(activity.Conversation.Id!, log.Appended);
            return log.Incoming!;
        }
        catch (Exception ex) when (ex is not (OperationCanceledException or DirectLineConversationNotFoundException))
        {
            logger.LogError(ex, "Turn failed in Direct Line conversation {Conversation}.", activity.Conversation.Id);
            return await ApologiseAsync(activity, logIncoming, cancellationToken);
        }
    }

    /// <summary>The turn failed and nothing of it was saved: log the user's activity anyway, and an apology in their language.</summary>
    private async Task<Activity> ApologiseAsync(Activity activity, bool logIncoming, CancellationToken cancellationToken)
    {
        var conversationId = activity.Conversation!.Id!;
        var logged = logIncoming ? await AppendAsync(conversationId, activity, cancellationToken) : activity;
        var language = LanguageExtensions.FromLocale(activity.Locale) ?? Language.French;
        var apology = logged.CreateReply() with
        {
            Text = Phrases.TurnFailed(language),
            Locale = language.ToLocale(),
            ReplyToId = logIncoming ? logged.Id : null,
        };
        await AppendAsync(conversationId, apology, cancellationToken, bot: true);
        return logged;
    }

    /// <summary>Appends one activity in its own transaction, retried when another instance appended meanwhile.</summary>
    private async Task<Activity> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken, bool bot = false)
    {
        using var appending = streams.LocalAppend(conversationId);
        for (var attempt = 1; ; attempt++)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<WsisBotDbContext>();
            var now = clock.GetUtcNow();
            var log = await DirectLineLogWriter.OpenAsync(db, conversationId, now, cancellationToken)
                ?? throw new DirectLineConversationNotFoundException(conversationId);
            var logged = log.Append(bot ? activity with { Recipient = new ChannelAccount { Id = log.UserId, Role = "user" } } : activity);
            db.Transcript.Add(bot ? TranscriptRows.Outgoing(logged, now, delivered: true) : TranscriptRows.Incoming(logged, now));
            try
            {
                await writer.SaveChangesAsync(db, cancellationToken);
                streams.Publish(conversationId, log.Appended);
                return logged;
            }
            catch (DbUpdateConcurrencyException) when (attempt < MaxAttempts)
            {
                logger.LogInformation("Direct Line conversation {Conversation} was appended to concurrently; appending again.", conversationId);
            }
        }
    }

    private static Activity Addressed(Activity activity, string conversationId, ChannelAccount user) => activity with
    {
        Id = null,
        Timestamp = null,
        ChannelId = DirectLineChannel.ChannelId,
        ServiceUrl = DirectLineChannel.ServiceUrl,
        Conversation = new ConversationAccount { Id = conversationId },
        From = user,
        Recipient = DirectLineChannel.Bot,
    };

    private string Typing(string conversationId, string userId) => System.Text.Json.JsonSerializer.Serialize(new Activity
    {
        Type = ActivityTypes.Typing,
        Id = conversationId + "|typing-" + clock.GetUtcNow().ToUnixTimeMilliseconds(),
        Timestamp = clock.GetUtcNow(),
        ChannelId = DirectLineChannel.ChannelId,
        Conversation = new ConversationAccount { Id = conversationId },
        From = DirectLineChannel.Bot,
        Recipient = new ChannelAccount { Id = userId, Role = "user" },
    }, ProtocolJson.Options);
}
