using Microsoft.EntityFrameworkCore;

namespace WsisBot.Data;

/// <summary>
/// Saves a unit of work and completes once it is durable. Every write of the product goes through this: a SaveChanges
/// or an ExecuteUpdate/ExecuteDelete of its own is refused on SQLite (see <see cref="WritesOutsideTheWriter"/>).
/// </summary>
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
