using WsisBot.Bot.Channels.DirectLine;

namespace WsisBot.Tests.DirectLine;

/// <summary>What a socket reads after an append: the feed's recent entries, or the database when they do not reach.</summary>
public class ConversationFeedTests
{
    [Fact]
    public void A_poll_that_sees_this_instances_append_before_it_is_published_leaves_the_socket_reading_the_feed()
    {
        var streams = new DirectLineStreams();
        var socket = streams.Subscribe("c1");
        streams.Publish("c1", [Entry(1), Entry(2)]);

        using (streams.LocalAppend("c1"))
        {
            // The poller reads the database between the turn's commit and its publish.
            streams.Observe("c1", 4);
            streams.Publish("c1", [Entry(3), Entry(4)]);
        }

        Assert.Equal(4, socket.KnownWatermark);
        Assert.Equal([3L, 4L], socket.RecentAfter(2)!.Select(e => e.Watermark));
    }

    [Fact]
    public void Another_instances_append_is_observed_once_this_instance_is_not_appending()
    {
        var streams = new DirectLineStreams();
        var socket = streams.Subscribe("c1");
        streams.Publish("c1", [Entry(1)]);

        using (streams.LocalAppend("c1"))
        {
            streams.Observe("c1", 2);
        }

        Assert.Equal(1, socket.KnownWatermark);
        streams.Observe("c1", 2);
        Assert.Equal(2, socket.KnownWatermark);
        // Entry 2 came from elsewhere: the feed does not hold it, so the socket reads it from the database.
        Assert.Null(socket.RecentAfter(1));
    }

    [Fact]
    public void Entries_from_elsewhere_between_published_ones_send_the_socket_to_the_database()
    {
        var streams = new DirectLineStreams();
        var socket = streams.Subscribe("c1");
        streams.Publish("c1", [Entry(1)]);

        streams.Publish("c1", [Entry(3)]);

        Assert.Equal(3, socket.KnownWatermark);
        Assert.Null(socket.RecentAfter(1));
        Assert.Equal([3L], socket.RecentAfter(2)!.Select(e => e.Watermark));
    }

    private static DirectLineLogEntry Entry(long watermark) => new(watermark, $"{{\"id\":\"c1|{watermark:D7}\"}}");
}
