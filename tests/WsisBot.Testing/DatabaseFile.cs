using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using WsisBot.Data;
using WsisBot.Data.Sqlite;

namespace WsisBot.Testing;

/// <summary>A bot's SQLite file used directly, not through the bot, as another process would.</summary>
public static class DatabaseFile
{
    /// <summary>What is on disk (after the bot stopped, say).</summary>
    public static WsisBotDbContext Open(string path) =>
        new SqliteWsisBotDbContext(new DbContextOptionsBuilder<SqliteWsisBotDbContext>()
            .UseSqlite($"Data Source={path};Pooling=False")
            .Options);

    /// <summary>
    /// Takes SQLite's write lock and keeps it until disposed: the bot still reads, and its writes wait for the busy
    /// timeout, then fail and are retried.
    /// </summary>
    public static async Task<IAsyncDisposable> HoldWriteLockAsync(string path)
    {
        var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var begin = connection.CreateCommand();
        begin.CommandText = "BEGIN IMMEDIATE;";
        await begin.ExecuteNonQueryAsync();
        return connection;
    }
}
