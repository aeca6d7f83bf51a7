using WsisBot.Bot.Protocol;

namespace WsisBot.Bot.Channels;

/// <summary>A way to post into a conversation the user started earlier, on its own channel.</summary>
public interface IProactiveChannel
{
    /// <summary>True when this channel carries the conversation (one channel does: the bot's own Direct Line by its serviceUrl, the Bot Connector for http(s) ones).</summary>
    Task<bool> ServesAsync(ConversationReference reference, CancellationToken cancellationToken);

    /// <summary>True when the channel writes the transcript row itself (its delivery is a database write).</summary>
    bool RecordsTranscript { get; }

    /// <summary>Posts the activity; returns the id the channel gave it.</summary>
    Task<string?> SendAsync(ConversationReference reference, Activity activity, CancellationToken cancellationToken);
}

/// <summary>What a proactive send did: the channel's id for the activity, and whether the channel wrote the transcript.</summary>
public sealed record ProactiveDelivery(string? ActivityId, bool TranscriptRecorded);

/// <summary>Teams, Azure-hosted Direct Line, the Emulator: anything with a serviceUrl, through the Bot Connector.</summary>
public sealed class ConnectorProactiveChannel(ConnectorClient connector) : IProactiveChannel
{
    public bool RecordsTranscript => false;

    public Task<bool> ServesAsync(ConversationReference reference, CancellationToken cancellationToken) =>
        Task.FromResult(Uri.TryCreate(reference.ServiceUrl, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp));

    public Task<string?> SendAsync(ConversationReference reference, Activity activity, CancellationToken cancellationToken) =>
        connector.SendAsync(activity, cancellationToken);
}

/// <summary>Delivers a bot message into an existing conversation, whichever channel holds it.</summary>
public sealed class ProactiveMessenger(IEnumerable<IProactiveChannel> channels)
{
    public async Task<ProactiveDelivery> SendAsync(ConversationReference reference, string text, CancellationToken cancellationToken)
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            ChannelId = reference.ChannelId,
            ServiceUrl = reference.ServiceUrl,
            From = reference.Bot,
            Recipient = reference.User,
            Conversation = reference.Conversation,
            Locale = reference.Locale,
            Text = text,
            TextFormat = TextFormats.Markdown,
        };
        foreach (var channel in channels)
        {
            if (await channel.ServesAsync(reference, cancellationToken))
            {
                return new ProactiveDelivery(await channel.SendAsync(reference, activity, cancellationToken), channel.RecordsTranscript);
            }
        }

        throw new InvalidOperationException($"No channel can reach conversation {reference.Conversation?.Id} on {reference.ChannelId}.");
    }
}
