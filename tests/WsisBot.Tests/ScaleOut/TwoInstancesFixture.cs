using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WsisBot.Bot.Turns;
using WsisBot.Data;
using WsisBot.Data.Submissions;
using WsisBot.Testing;

namespace WsisBot.Tests.ScaleOut;

/// <summary>Two instances of the bot on one database file, as App Service runs them on one Azure SQL database.</summary>
public sealed class TwoInstancesFixture : IAsyncLifetime
{
    private static readonly Dictionary<string, string?> Settings = new() { ["Clock:Now"] = "2026-03-03T09:00:00Z" };

    public BotServer First { get; private set; } = null!;
    public BotServer Second { get; private set; } = null!;
    public ChannelSink Sink { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Sink = await ChannelSink.StartAsync();
        var databasePath = TempFiles.NewDatabasePath();
        First = await BotServer.StartAsync(Settings, databasePath);
        Second = await BotServer.StartAsync(Settings, databasePath);
    }

    public async Task DisposeAsync()
    {
        await First.DisposeAsync();
        await Second.DisposeAsync();
        await Sink.DisposeAsync();
    }

    /// <summary>Both instances' warnings and errors with their exceptions, for a failure message.</summary>
    public string ErrorLogs() => string.Join('\n', new[] { ("first", First), ("second", Second) }
        .SelectMany(b => b.Item2.Logs.Lines.Select(l => $"[{b.Item1}] {l.Level} {l.Category}: {l.Message}{(l.Exception is null ? "" : "\n" + l.Exception)}")));

    public async Task<List<Submission>> SubmissionsAsync()
    {
        await using var scope = First.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<WsisBotDbContext>().Submissions.AsNoTracking().ToListAsync();
    }

    public async Task<ConversationData> StateAsync(string conversationId)
    {
        await using var scope = Second.Services.CreateAsyncScope();
        var row = await scope.ServiceProvider.GetRequiredService<WsisBotDbContext>().ConversationStates.AsNoTracking().SingleAsync(s => s.ConversationId == conversationId);
        return System.Text.Json.JsonSerializer.Deserialize<ConversationData>(row.StateJson, StateJson.Options)!;
    }
}
