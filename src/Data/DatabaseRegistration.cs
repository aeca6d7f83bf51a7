using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WsisBot.Data.Sqlite;
using WsisBot.Data.SqlServer;

namespace WsisBot.Data;

public static class DatabaseRegistration
{
    /// <summary>
    /// The provider <paramref name="options"/> name, a pool of <see cref="WsisBotDbContext"/> and the
    /// <see cref="IDatabaseWriter"/> that suits it. SQLite lives under <paramref name="contentRoot"/>'s App_Data unless
    /// <paramref name="connectionString"/> says otherwise; SQL Server needs it.
    /// </summary>
    public static IServiceCollection AddWsisBotDatabase(this IServiceCollection services, DatabaseOptions options, string? connectionString, string contentRoot)
    {
        switch (options.Provider)
        {
            case DatabaseProvider.SqlServer:
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    throw new InvalidOperationException("Database:Provider=SqlServer needs ConnectionStrings:WsisBot.");
                }

                services.AddDbContextPool<WsisBotDbContext, SqlServerWsisBotDbContext>(sql =>
                    sql.UseSqlServer(connectionString, retry => retry.EnableRetryOnFailure()));
                services.AddSingleton<IDatabaseWriter, DirectDatabaseWriter>();
                break;

            default:
                connectionString = SqliteConnectionString(connectionString, contentRoot);
                var wal = new SqliteWalSync(new SqliteConnectionStringBuilder(connectionString).DataSource);
                var outside = options.WritesOutsideTheWriter ?? WritesOutsideTheWriter.Throw;
                services.AddSingleton(sp => new SqliteDurableWrites(wal, outside, sp.GetRequiredService<ILogger<SqliteDurableWrites>>()));
                services.AddDbContextPool<WsisBotDbContext, SqliteWsisBotDbContext>((sp, sqlite) =>
                    sqlite.UseSqlite(connectionString).AddInterceptors(sp.GetRequiredService<SqliteDurableWrites>().All));
                services.AddSingleton<IDatabaseWriter>(_ => new SqliteWriteQueue(connectionString, wal));
                break;
        }

        return services;
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
