using Microsoft.EntityFrameworkCore;

namespace WsisBot.Data;

/// <summary>Saves a unit of work and completes once it is durable. Turns save through this, not SaveChanges directly.</summary>
public interface IDatabaseWriter
{
    Task SaveChangesAsync(DbContext db, CancellationToken cancellationToken);

    /// <summary>
    /// Runs a write that is not a SaveChanges (<c>ExecuteUpdate</c>, <c>ExecuteDelete</c>, several of them) as one unit and returns what it returns:
    /// all of it or nothing is saved. On SQLite it runs in the writer's queue, where a write of its own would wait for the
    /// writer's lock in SQLite's busy handler (sleeps of 1 to 100 ms) and hold up every turn's save while it writes.
    /// </summary>
    Task<T> WriteAsync<TContext, T>(TContext db, Func<TContext, CancellationToken, Task<T>> write, CancellationToken cancellationToken)
        where TContext : DbContext;
}

/// <summary>SQL Server takes concurrent writers itself: SaveChanges as it is, other writes in a transaction of their own.</summary>
internal sealed class DirectDatabaseWriter : IDatabaseWriter
{
    public Task SaveChangesAsync(DbContext db, CancellationToken cancellationToken) => db.SaveChangesAsync(cancellationToken);

    /// <summary>
    /// The retrying execution strategy refuses a transaction opened outside it, so the write and its transaction run as
    /// one retriable unit (run again whole after a transient fault).
    /// </summary>
    public Task<T> WriteAsync<TContext, T>(TContext db, Func<TContext, CancellationToken, Task<T>> write, CancellationToken cancellationToken)
        where TContext : DbContext =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async token =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(token);
            var result = await write(db, token);
            await transaction.CommitAsync(token);
            return result;
        }, cancellationToken);
}
