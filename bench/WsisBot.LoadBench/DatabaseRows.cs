using Microsoft.Data.Sqlite;

namespace WsisBot.LoadBench;

/// <summary>Row counts read from the bots' SQLite file after a run (read-only, so it works on bots in other processes).</summary>
public static class DatabaseRows
{
    public static async Task<long> CountAsync(string? databasePath, string table)
    {
        if (databasePath is null)
        {
            return -1;
        }

        await using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
