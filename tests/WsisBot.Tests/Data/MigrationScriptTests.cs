using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using WsisBot.Data;
using WsisBot.Data.Sqlite;
using WsisBot.Data.SqlServer;
using WsisBot.Testing;

namespace WsisBot.Tests.Data;

/// <summary>No SQL Server runs here, but its migrations must still build a complete script (what a deployment applies).</summary>
public class MigrationScriptTests
{
    [Fact]
    public void The_SqlServer_migrations_script_creates_every_table()
    {
        using var db = new SqlServerWsisBotDbContext(new DbContextOptionsBuilder<SqlServerWsisBotDbContext>()
            .UseSqlServer("Server=unused;Database=WsisBot;Trusted_Connection=True").Options);

        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        File.WriteAllText(Path.Combine(TempFiles.Root, "sqlserver-migrations.sql"), script);
        AssertCreatesEveryTable(db, script);
    }

    [Fact]
    public void The_Sqlite_migrations_match_the_model()
    {
        using var db = new SqliteWsisBotDbContext(new DbContextOptionsBuilder<SqliteWsisBotDbContext>().UseSqlite("Data Source=:memory:").Options);

        AssertCreatesEveryTable(db, db.GetService<IMigrator>().GenerateScript());
        Assert.False(db.Database.HasPendingModelChanges(), "the SQLite migrations are behind the model: add a migration");
    }

    [Fact]
    public void The_SqlServer_migrations_match_the_model()
    {
        using var db = new SqlServerWsisBotDbContext(new DbContextOptionsBuilder<SqlServerWsisBotDbContext>()
            .UseSqlServer("Server=unused;Database=WsisBot;Trusted_Connection=True").Options);

        Assert.False(db.Database.HasPendingModelChanges(), "the SQL Server migrations are behind the model: add a migration");
    }

    private static void AssertCreatesEveryTable(WsisBotDbContext db, string script)
    {
        foreach (var table in db.Model.GetEntityTypes().Select(e => e.GetTableName()).Distinct())
        {
            Assert.Contains($"CREATE TABLE {Quote(db, table!)}", script, StringComparison.Ordinal);
        }
    }

    private static string Quote(WsisBotDbContext db, string table) => db.Database.IsSqlServer() ? $"[{table}]" : $"\"{table}\"";
}
