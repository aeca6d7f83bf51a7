using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WsisBot.Data;

namespace WsisBot.Bot.Channels.DirectLine;

/// <summary>
/// Lets a WebSocket on this instance see what other instances append: every poll interval, one query reads
/// the last watermark of each conversation streamed here and wakes the sockets of those that moved.
/// </summary>
internal sealed class DirectLineLogPoller(
    IServiceScopeFactory scopes,
    DirectLineStreams streams,
    IOptions<DirectLineOptions> options,
    ILogger<DirectLineLogPoller> logger) : BackgroundService
{
    private const int ChunkSize = 500;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.LogPollInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            var conversations = streams.Conversations;
            if (conversations.Count == 0)
            {
                continue;
            }

            try
            {
                await PollAsync(conversations, stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "Could not read the Direct Line logs; trying again at the next tick.");
            }
        }
    }

    private async Task PollAsync(IReadOnlyCollection<string> conversations, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WsisBotDbContext>();
        foreach (var chunk in conversations.Chunk(ChunkSize))
        {
            var marks = await db.DirectLineConversations.AsNoTracking()
                .Where(c => chunk.Contains(c.Id))
                .Select(c => new { c.Id, c.LastWatermark })
                .ToListAsync(cancellationToken);
            foreach (var mark in marks)
            {
                streams.Observe(mark.Id, mark.LastWatermark);
            }
        }
    }
}
