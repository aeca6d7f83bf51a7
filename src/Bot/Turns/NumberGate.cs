namespace WsisBot.Bot.Turns;

/// <summary>
/// Submission references and ticket numbers come from one row per sequence whose value is its concurrency token.
/// When a dozen turns confirm at once, all read the same last number, one saves and the others collide and run
/// again, round after round, until some run out of attempts and tell the user nothing was saved. So on one instance
/// one turn at a time holds the gate, from before it reads a sequence until its save is done (or failed): only
/// turns on other instances can still collide, and each of them loses at most one round to each instance.
/// </summary>
public sealed class NumberGate : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<IDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        return new Pass(_gate);
    }

    public void Dispose() => _gate.Dispose();

    private sealed class Pass(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
