using Microsoft.EntityFrameworkCore;
using WsisBot.Bot.Hosting;
using WsisBot.Data;

namespace WsisBot.Bot.Turns;

/// <summary>
/// The one retry loop of the pipeline: each attempt gets a fresh scope and unit of work. Two instances racing on one
/// conversation meet its concurrency token (or the Direct Line log's watermark) and the loser runs again on the fresh
/// rows; a busy SQLite file is waited out.
/// </summary>
internal sealed class TurnAttempts(IServiceScopeFactory scopes, TimeProvider clock, BotTelemetry telemetry, ILogger logger)
{
    private const int MaxAttempts = 6;

    public async Task<T> RunAsync<T>(string conversationId, Func<WsisBotDbContext, IServiceProvider, CancellationToken, Task<T>> attempt, CancellationToken cancellationToken)
    {
        for (var number = 1; ; number++)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<WsisBotDbContext>();
            try
            {
                // One open for the attempt's reads and its save, instead of one per query.
                await db.Database.OpenConnectionAsync(cancellationToken);
                return await attempt(db, scope.ServiceProvider, cancellationToken);
            }
            catch (DbUpdateConcurrencyException) when (number < MaxAttempts)
            {
                telemetry.Retried("conflict");
                logger.LogInformation("Conversation {Conversation} changed under attempt {Attempt}; running it again.", conversationId, number);
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 20 * number)), clock, cancellationToken);
            }
            catch (DbUpdateException ex) when (number < MaxAttempts && IsDuplicateKey(ex))
            {
                // Two first turns of a new conversation inserted its state row (or a first number of a sequence) at once.
                telemetry.Retried("duplicate");
                logger.LogInformation("Conversation {Conversation} was created concurrently; running the attempt again.", conversationId);
            }
            catch (Exception ex) when (number < MaxAttempts && IsDatabaseBusy(ex))
            {
                telemetry.Retried("busy");
                logger.LogWarning("The database is busy or unavailable (attempt {Attempt}); retrying.", number);
                await Task.Delay(TimeSpan.FromMilliseconds(100 * number * number), clock, cancellationToken);
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }
    }

    /// <summary>SQLite's busy/locked/I/O errors; SQL Server's transient faults are retried by its execution strategy.</summary>
    private static bool IsDatabaseBusy(Exception ex) =>
        (ex as Microsoft.Data.Sqlite.SqliteException ?? ex.InnerException as Microsoft.Data.Sqlite.SqliteException) is { SqliteErrorCode: 5 or 6 or 10 or 14 };

    private static bool IsDuplicateKey(DbUpdateException ex) =>
        ex.InnerException?.Message.Contains("UNIQUE", StringComparison.OrdinalIgnoreCase) == true
        || ex.InnerException?.Message.Contains("duplicate key", StringComparison.OrdinalIgnoreCase) == true;
}
