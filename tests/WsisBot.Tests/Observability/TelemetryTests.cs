using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using WsisBot.Testing;

namespace WsisBot.Tests.Observability;

public class TelemetryTests(BotFixture fixture) : IClassFixture<BotFixture>
{
    [Fact]
    public async Task Turns_answers_abstentions_and_escalations_are_measured()
    {
        using var measured = new BotMeasurements(fixture.Bot);
        var conversation = fixture.NewConversation();

        await conversation.AskAsync("help");
        await conversation.AskAsync("What will the weather be like in Geneva in July?");
        await conversation.AskAsync("human please");

        Assert.True(measured["wsisbot.turns"] >= 3);
        Assert.True(measured["wsisbot.turn.duration"] >= 3);
        Assert.Equal(1, measured["wsisbot.abstentions"]);
        Assert.Equal(1, measured["wsisbot.escalations"]);
    }

    [Fact]
    public async Task Liveness_and_readiness_are_separate_endpoints()
    {
        using var live = await fixture.Bot.Client.GetAsync(new Uri("/healthz/live", UriKind.Relative));
        using var ready = await fixture.Bot.Client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }

    [Fact]
    public async Task Traces_are_exported_over_OTLP_when_an_endpoint_is_configured()
    {
        var received = new ConcurrentQueue<string>();
        var (collector, address) = await LoopbackServer.StartAsync(app =>
            app.MapPost("/v1/{signal}", (string signal) =>
            {
                received.Enqueue(signal);
                return Results.Ok();
            }));
        await using var _ = collector;
        await using var sink = await ChannelSink.StartAsync();
        await using var bot = await BotServer.StartAsync(new Dictionary<string, string?>
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = address,
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
            ["OTEL_BSP_SCHEDULE_DELAY"] = "200",
        });

        await new ConnectorConversation(bot.Client, sink).AskAsync("help");

        for (var i = 0; i < 100 && !received.Contains("traces"); i++)
        {
            await Task.Delay(100);
        }

        Assert.Contains("traces", received);
    }
}
