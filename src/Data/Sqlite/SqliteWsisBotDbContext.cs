using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace WsisBot.Data.Sqlite;

/// <summary>The embedded default and the test database.</summary>
public sealed class SqliteWsisBotDbContext(DbContextOptions<SqliteWsisBotDbContext> options) : WsisBotDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot order or compare DateTimeOffset columns; store them as sortable UTC ticks.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToUtcTicksConverter>();
    }
}

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteWsisBotDbContext>
{
    public SqliteWsisBotDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteWsisBotDbContext>().UseSqlite("Data Source=design.db").Options);
}
