using Microsoft.EntityFrameworkCore;

namespace WsisBot.Bot.Hosting;

/// <summary>Saves a unit of work and completes once it is durable. Turns save through this, not SaveChanges directly.</summary>
public interface IDatabaseWriter
{
    Task SaveChangesAsync(DbContext db, CancellationToken cancellationToken);

    /// <summary>
    /// Runs a write that is not a SaveChanges (an <c>ExecuteUpdate</c>) the same way: on SQLite in the writer's queue,
    /// where a write of its own would wait for the writer's lock in SQLite's busy handler (sleeps of 1 to 100 ms).
    /// </summary>
    Task WriteAsync<TContext>(TContext db, Func<TContext, CancellationToken, Task> write, CancellationToken cancellationToken)
        where TContext : DbContext;
}

/// <summary>SQL Server takes concurrent writers itself: SaveChanges as it is.</summary>
internal sealed class DirectDatabaseWriter : IDatabaseWriter
{
    public Task SaveChangesAsync(DbContext db, CancellationToken cancellationToken) => db.SaveChangesAsync(cancellationToken);

    public Task WriteAsync<TContext>(TContext db, Func<TContext, CancellationToken, Task> write, CancellationToken cancellationToken)
        where TContext : DbContext => write(db, cancellationToken);
}
