using System.Net;
using WsisBot.Testing;

namespace WsisBot.Tests.DirectLine;

public class StreamTests(StreamTests.Fixture fixture) : IClassFixture<StreamTests.Fixture>
{
    public sealed class Fixture : BotFixture
    {
        protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
        {
            ["Clock:Now"] = "2026-03-03T09:00:00Z",
            ["DirectLine:KeepAliveInterval"] = "00:00:01",
        };
    }

    [Fact]
    public async Task The_socket_replays_the_log_then_sends_typing_before_each_answer()
    {
        var client = await DirectLineClient.StartAsync(fixture.Bot.Client);
        await using var socket = await client.ConnectAsync();
        await socket.WaitForAsync(a => a.IsBotMessageContaining("Bonjour"));

        var id = await client.PostAsync(client.Message("help", "en-US"));

        var echo = await socket.WaitForAsync(a => a.Type() == "message");
        Assert.Equal(id, echo.Text("id"));
        var reply = await socket.WaitForAsync(a => a.IsReplyTo(id));
        Assert.Contains("Here is what I can do", reply.Text(), StringComparison.Ordinal);
        var order = socket.All.Select(a => a.Type() == "typing" ? "typing" : a.Text("id")).ToList();
        Assert.True(order.IndexOf("typing") >= 0 && order.IndexOf("typing") < order.IndexOf(reply.Text("id")), string.Join(", ", order));
        Assert.Equal("3", socket.Watermark);
    }

    [Fact]
    public async Task Typing_goes_only_over_the_socket_never_into_the_log()
    {
        var client = await DirectLineClient.StartAsync(fixture.Bot.Client);
        await using var socket = await client.ConnectAsync();
        await socket.WaitForAsync(a => a.IsBotMessage());

        var id = await client.PostAsync(client.Message("aide"));
        await socket.WaitForAsync(a => a.IsReplyTo(id));

        var (activities, _) = await client.GetActivitiesAsync();
        Assert.Contains(socket.All, a => a.Type() == "typing");
        Assert.DoesNotContain(activities, a => a.Type() == "typing");
    }

    [Fact]
    public async Task A_reconnect_with_a_watermark_gets_only_what_came_after_it()
    {
        var client = await DirectLineClient.StartAsync(fixture.Bot.Client);
        var first = await client.PostAsync(client.Message("aide"));
        await client.PollForAsync(a => a.IsReplyTo(first));

        using var reconnect = await client.ReconnectAsync(watermark: "3");
        await using var socket = await client.ConnectAsync();
        var second = await client.PostAsync(client.Message("help", "en-US"));
        await socket.WaitForAsync(a => a.IsReplyTo(second));

        Assert.Equal(HttpStatusCode.OK, reconnect.StatusCode);
        Assert.Contains("watermark=3", client.StreamUrl, StringComparison.Ordinal);
        Assert.Equal([second, client.ConversationId + "|0000005"], socket.All.Where(a => a.Type() == "message").Select(a => a.Text("id")));
    }

    [Fact]
    public async Task An_idle_socket_gets_empty_keep_alive_frames()
    {
        var client = await DirectLineClient.StartAsync(fixture.Bot.Client);
        await using var socket = await client.ConnectAsync();

        await Task.Delay(TimeSpan.FromSeconds(2.5));

        Assert.True(socket.KeepAlives >= 1, $"{socket.KeepAlives} keep-alive frames");
        Assert.False(socket.ClosedByServer);
    }

    [Fact]
    public async Task Two_sockets_on_one_conversation_both_get_every_reply()
    {
        var client = await DirectLineClient.StartAsync(fixture.Bot.Client);
        await using var one = await client.ConnectAsync();
        await using var two = await client.ConnectAsync();

        var id = await client.PostAsync(client.Message("aide"));

        await one.WaitForAsync(a => a.IsReplyTo(id));
        await two.WaitForAsync(a => a.IsReplyTo(id));
    }
}
