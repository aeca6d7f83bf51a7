using Microsoft.EntityFrameworkCore;

namespace WsisBot.Bot.Hosting;

/// <summary>Saves a unit of work and completes once it is durable. Turns save through this, not SaveChanges directly.</summary>
public interface IDatabaseWriter
{
    Task SaveChangesAsync(DbContext db, CancellationToken cancellationToken);
}

/// <summary>SQL Server takes concurrent writers itself: SaveChanges as it is.</summary>
internal sealed class DirectDatabaseWriter : IDatabaseWriter
{
    public Task SaveChangesAsync(DbContext db, CancellationToken cancellationToken) => db.SaveChangesAsync(cancellationToken);
}
