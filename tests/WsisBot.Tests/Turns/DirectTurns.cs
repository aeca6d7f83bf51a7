using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using WsisBot.Bot.Conversation;
using WsisBot.Bot.Escalation;
using WsisBot.Bot.Feedback;
using WsisBot.Bot.Hosting;
using WsisBot.Bot.Protocol;
using WsisBot.Bot.Submissions;
using WsisBot.Bot.Turns;
using WsisBot.Data;
using WsisBot.Data.Sqlite;
using WsisBot.Knowledge;
using WsisBot.Testing;

namespace WsisBot.Tests.Turns;

/// <summary>
/// The bot's turn handler built from the features' own registrations over a real SQLite file, with no HTTP and no
/// pipeline: a test says something, gets the turn's replies, and the turn's unit of work is saved as the pipeline would.
/// </summary>
public sealed class DirectTurns : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly NumberGate _numbers = new();
    private ConversationData _state = new();

    private DirectTurns(ServiceProvider services) => _services = services;

    public string ConversationId { get; } = $"direct-{Guid.NewGuid():N}";

    public static async Task<DirectTurns> StartAsync(string now = "2026-03-03T09:00:00Z")
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>()).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddSingleton(ConfiguredClock.FromConfiguration(now));
        services.AddKnowledge(configuration);
        services.AddConversation();
        services.AddFeedback();
        services.AddSubmissions();
        services.AddSingleton<EscalationService>();
        var database = $"Data Source={TempFiles.NewDatabasePath()}";
        services.AddDbContext<WsisBotDbContext, SqliteWsisBotDbContext>(o => o.UseSqlite(database));
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        await using (var scope = provider.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<WsisBotDbContext>().Database.MigrateAsync();
        }

        return new DirectTurns(provider);
    }

    public Task<IReadOnlyList<Activity>> SayAsync(string text, string locale = "en-US") =>
        TurnAsync(Activity(locale) with { Type = ActivityTypes.Message, Text = text });

    public async Task<IReadOnlyList<Activity>> TurnAsync(Activity activity)
    {
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WsisBotDbContext>();
        using var turn = new TurnContext(activity, _state, new TurnStore(db, _numbers));
        await scope.ServiceProvider.GetRequiredService<ITurnHandler>().RouteAsync(turn, CancellationToken.None);
        await db.SaveChangesAsync();
        _state = turn.State;
        return turn.Outgoing;
    }

    public async Task<T> ReadAsync<T>(Func<WsisBotDbContext, Task<T>> read)
    {
        await using var scope = _services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<WsisBotDbContext>());
    }

    public static string Texts(IEnumerable<Activity> replies) => string.Join("\n", replies.Select(r => r.Text));

    public Activity Activity(string locale) => new()
    {
        Id = Guid.NewGuid().ToString("N"),
        ChannelId = "test",
        Locale = locale,
        Conversation = new ConversationAccount { Id = ConversationId },
        From = new ChannelAccount { Id = "user-1", Role = "user" },
        Recipient = new ChannelAccount { Id = "bot-1", Role = "bot" },
    };

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
