using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using WsisBot.Testing;

namespace WsisBot.Tests.Shutdown;

public class LateRequestTests
{
    [Fact]
    public async Task A_turn_posted_after_the_stop_began_is_refused_or_taken_whole_never_failed()
    {
        await using var sink = await ChannelSink.StartAsync();
        await using var bot = await BotServer.StartAsync(new Dictionary<string, string?> { ["Clock:Now"] = "2026-03-03T09:00:00Z" });
        var inFlight = new ConnectorConversation(bot.Client, sink);
        using var slowChannel = sink.Hold(inFlight.ConversationId);
        var posted = inFlight.PostAsync(inFlight.Message("help"));
        await slowChannel.Arrived.WaitAsync(TimeSpan.FromSeconds(30));

        var stopping = bot.StopAsync();
        var late = new ConcurrentDictionary<int, string>();
        var outcomes = await LateRequests.SendUntilRefusedAsync(bot.BaseAddress, (client, attempt) =>
        {
            var conversation = new ConnectorConversation(client, sink);
            late[attempt] = conversation.ConversationId;
            return conversation.PostAsync(conversation.Message("help"));
        });
        var stillInFlight = !posted.IsCompleted;
        slowChannel.Release();
        (await posted).Dispose();
        await stopping;

        Assert.True(stillInFlight, "The turn in flight ended before the late requests were refused.");
        Assert.Equal(LateRequests.Refused, outcomes[^1]);
        await using var db = DatabaseFile.Open(bot.DatabasePath);
        for (var attempt = 0; attempt < outcomes.Count; attempt++)
        {
            var conversationId = late[attempt];
            var saved = await db.Transcript.AsNoTracking().CountAsync(t => t.ConversationId == conversationId);
            if (outcomes[attempt] == "200")
            {
                // Accepted in the moment before Kestrel stopped listening: drained like any turn in flight.
                Assert.Equal(2, saved);
                Assert.Single(sink.Messages(conversationId));
            }
            else
            {
                Assert.Contains(outcomes[attempt], new[] { LateRequests.Refused, LateRequests.Dropped });
                Assert.Equal(0, saved);
            }
        }
    }
}
