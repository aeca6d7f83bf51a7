namespace WsisBot.Testing;

/// <summary>
/// A slow channel: the bot's posts to one conversation wait at the <see cref="ChannelSink"/>, unanswered, until
/// <see cref="Release"/>. <see cref="Arrived"/> completes when the first one is waiting.
/// </summary>
public sealed class HeldReplies : IDisposable
{
    private readonly TaskCompletionSource _arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Arrived => _arrived.Task;

    public void Release() => _released.TrySetResult();

    public void Dispose() => Release();

    /// <summary>Held until released, or until the bot gives up on the call.</summary>
    internal async Task WaitAsync(CancellationToken aborted)
    {
        _arrived.TrySetResult();
        await _released.Task.WaitAsync(aborted);
    }
}
