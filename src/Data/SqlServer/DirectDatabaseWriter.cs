using Microsoft.EntityFrameworkCore;

namespace WsisBot.Data.SqlServer;

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
