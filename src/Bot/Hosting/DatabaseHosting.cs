using WsisBot.Data;

namespace WsisBot.Bot.Hosting;

internal static class DatabaseHosting
{
    /// <summary>The database the configuration names (<see cref="DatabaseRegistration"/>), migrated before the app takes traffic.</summary>
    public static void AddWsisBotDatabase(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        builder.Services.AddWsisBotDatabase(options, builder.Configuration.GetConnectionString("WsisBot"), builder.Environment.ContentRootPath);
        builder.Services.AddSingleton<DatabaseMigrator>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<DatabaseMigrator>());
    }
}
