using WsisBot.Data;

namespace WsisBot.Bot.Hosting;

internal static class DatabaseHosting
{
    /// <summary>The database the configuration names (<see cref="DatabaseRegistration"/>), migrated before the app takes traffic.</summary>
    public static void AddWsisBotDatabase(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        // A write outside the writer is a bug: every environment but Production throws at it (docs/decisions/0005).
        options.WritesOutsideTheWriter ??= builder.Environment.IsProduction() ? WritesOutsideTheWriter.LogError : WritesOutsideTheWriter.Throw;
        builder.Services.AddWsisBotDatabase(options, builder.Configuration.GetConnectionString("WsisBot"), builder.Environment.ContentRootPath);
        builder.Services.AddSingleton<DatabaseMigrator>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<DatabaseMigrator>());
    }
}
