using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using WsisBot.Data;
using WsisBot.Data.Sqlite;
using WsisBot.Data.SqlServer;

namespace WsisBot.Bot.Hosting;

internal static class DatabaseRegistration
{
    /// <summary>SQLite under the content root's App_Data unless a connection string says otherwise.</summary>
    public static void AddWsisBotDatabase(this IHostApplicationBuilder builder)
    {
        var provider = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>()?.Provider ?? DatabaseProvider.Sqlite;
        var connectionString = builder.Configuration.GetConnectionString("WsisBot");

        switch (provider)
        {
            case DatabaseProvider.SqlServer:
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    throw new InvalidOperationException("Database:Provider=SqlServer needs ConnectionStrings:WsisBot.");
                }

                builder.Services.AddDbContextPool<WsisBotDbContext, SqlServerWsisBotDbContext>(options =>
                    options.UseSqlServer(connectionString, sql => sql.EnableRetryOnFailure()));
                builder.Services.AddSingleton<IDatabaseWriter, DirectDatabaseWriter>();
                break;

            default:
                connectionString = SqliteConnectionString(connectionString, builder.Environment.ContentRootPath);
                var wal = new SqliteWalSync(new SqliteConnectionStringBuilder(connectionString).DataSource);
                var writes = new SqliteDurableWrites(wal);
                builder.Services.AddDbContextPool<WsisBotDbContext, SqliteWsisBotDbContext>(options =>
                    options.UseSqlite(connectionString).AddInterceptors(writes.All));
                builder.Services.AddSingleton<IDatabaseWriter>(_ => new SqliteWriteQueue(connectionString, writes, wal));
                break;
        }

        builder.Services.AddSingleton<DatabaseMigrator>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<DatabaseMigrator>());
    }

    private static string SqliteConnectionString(string? configured, string contentRoot)
    {
        var csb = new SqliteConnectionStringBuilder(configured ?? $"Data Source={Path.Combine(contentRoot, "App_Data", "wsisbot.db")}");
        if (string.IsNullOrEmpty(csb.DataSource))
        {
            throw new InvalidOperationException("ConnectionStrings:WsisBot for SQLite needs a Data Source.");
        }

        if (!Path.IsPathRooted(csb.DataSource) && csb.DataSource != ":memory:")
        {
            csb.DataSource = Path.Combine(contentRoot, csb.DataSource);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(csb.DataSource)!);
        // Two instances on one file wait a little for each other's writes instead of failing at once;
        // short enough that a turn (retried by TurnProcessor) still answers within a channel's 15 s.
        if (!csb.ShouldSerialize("Default Timeout"))
        {
            csb.DefaultTimeout = 3;
        }

        return csb.ToString();
    }
}
