using System.Security.Cryptography;
using System.Text;

namespace WsisBot.Data.Sqlite;

/// <summary>
/// Hands the write lock between processes on one SQLite file without sleeping. SQLite only polls a locked file
/// (its busy handler sleeps 1, 2, 5 … 100 ms between tries), so the writer of a second process went on waiting long
/// after the lock was free. The writer threads of every process on the file first take a named mutex (on Linux a
/// process-shared one the kernel wakes the waiter from as the holder lets go), then SQLite's lock, which is then free.
/// </summary>
internal sealed class SqliteWriterMutex : IDisposable
{
    private static readonly TimeSpan StepAside = TimeSpan.FromMilliseconds(1);

    private readonly Mutex? _mutex;
    private bool _waited;

    public SqliteWriterMutex(string databasePath)
    {
        // Named after the file, so every process that opens it by the same path meets the same mutex.
        var file = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(databasePath))).AsSpan(0, 16));
        try
        {
            _mutex = new Mutex(initiallyOwned: false, $@"Global\WsisBot.SqliteWriter.{file}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or WaitHandleCannotBeOpenedException)
        {
            // No shared memory for named mutexes here (a read-only /tmp, another user's mutex): SQLite's busy handler alone waits.
            _mutex = null;
        }
    }

    /// <summary>Blocks until no other writer thread, in any process, holds it; disposing the result lets go. Thread-affine.</summary>
    public Held Acquire()
    {
        try
        {
            _waited = false;
            if (_mutex is not null && !_mutex.WaitOne(0))
            {
                _waited = true;
                _mutex.WaitOne();
            }
        }
        catch (AbandonedMutexException)
        {
            // Its holder died mid-batch; SQLite rolled that batch back, and the mutex is now ours.
        }

        return new Held(_mutex);
    }

    /// <summary>
    /// Called between batches. A pthread mutex is not handed to its waiter: a writer thread, already running, takes it
    /// straight back for its next batch while the waiter is still being woken, and one process's turns waited out runs
    /// of up to 13 batches of the other. So a writer that had to wait for its last turn steps aside a moment after it.
    /// </summary>
    public void StepAsideIfContended()
    {
        if (_waited)
        {
            Thread.Sleep(StepAside);
        }
    }

    public void Dispose() => _mutex?.Dispose();

    public readonly struct Held(Mutex? mutex) : IDisposable
    {
        public void Dispose() => mutex?.ReleaseMutex();
    }
}
