using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace WsisBot.Data.SqlServer;

/// <summary>Production: Azure SQL, shared by every App Service instance.</summary>
public sealed class SqlServerWsisBotDbContext(DbContextOptions<SqlServerWsisBotDbContext> options) : WsisBotDbContext(options);

internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerWsisBotDbContext>
{
    public SqlServerWsisBotDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerWsisBotDbContext>()
            .UseSqlServer("Server=(design);Database=WsisBot;Trusted_Connection=True")
            .Options);
}
