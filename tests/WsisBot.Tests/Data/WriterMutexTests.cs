using Microsoft.EntityFrameworkCore;
using WsisBot.Data.Sqlite;
using WsisBot.Testing;

namespace WsisBot.Tests.Data;

/// <summary>
/// Instances on one SQLite file take turns writing through a mutex named after the file. Threads stand in for the
/// processes here: a named mutex is the same object in every process, and it belongs to a thread.
/// </summary>
[Collection(AloneOnTheMachine.Name)]
public sealed class WriterMutexTests
{
    [Fact]
    public async Task A_writer_queue_waits_while_another_instance_writes_and_goes_on_when_it_is_done()
    {
        var file = await DurableSqliteFile.CreateAsync();
        using var queue = new SqliteWriteQueue($"Data Source={file.Path}", file.Wal);
        await using var db = file.Open();
        db.AuditLog.Add(DurableSqliteFile.Entry("queued"));

        using var otherInstance = new HeldOnItsOwnThread(file.Path);
        await otherInstance.Held;
        var save = queue.SaveChangesAsync(db, CancellationToken.None);
        await Task.Delay(300);
        Assert.False(save.IsCompleted, "the queue wrote while another instance held the writer mutex");

        otherInstance.Release();
        await save.WaitAsync(TimeSpan.FromSeconds(10));
        await using var check = DatabaseFile.Open(file.Path);
        Assert.Equal(1, await check.AuditLog.CountAsync(a => a.Action == "queued"));
    }

    [Fact]
    public async Task A_writer_that_died_holding_the_mutex_does_not_stop_the_others()
    {
        var path = TempFiles.NewDatabasePath();
        // Its thread ends holding the mutex, as a process killed mid-batch would.
        var dead = new Thread(() => new SqliteWriterMutex(path).Acquire());
        dead.Start();
        dead.Join();

        using var survivor = new SqliteWriterMutex(path);
        var acquired = Task.Run(() => survivor.Acquire().Dispose());
        await acquired.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Writers_on_different_files_do_not_wait_for_each_other()
    {
        using var one = new HeldOnItsOwnThread(TempFiles.NewDatabasePath());
        await one.Held;
        using var other = new SqliteWriterMutex(TempFiles.NewDatabasePath());
        await Task.Run(() => other.Acquire().Dispose()).WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void Two_busy_writers_take_turns_instead_of_one_taking_the_mutex_straight_back()
    {
        // Taking the mutex straight back, each writer got it twice or more in a row (hand-overs in about half the
        // batches, in every attempt); stepping aside, nearly every batch goes to the other. A machine busy with other
        // tests can leave the woken waiter off the CPU for longer than the step-aside, so up to three attempts.
        var attempts = new List<string>();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var all = TwoBusyWriters(TempFiles.NewDatabasePath(), batchesEach: 60);
            Assert.Equal(2, all.Distinct().Count());
            // While both write (one may start late, one finishes first).
            var turns = all[Array.FindIndex(all, t => t != all[0])..(Array.FindLastIndex(all, t => t != all[^1]) + 1)];
            var handOvers = turns.Zip(turns.Skip(1)).Count(pair => pair.First != pair.Second);
            if (handOvers >= 0.75 * (turns.Length - 1))
            {
                return;
            }

            attempts.Add($"{handOvers} hand-overs in {turns.Length} batches: {string.Concat(all)}");
        }

        Assert.Fail(string.Join(Environment.NewLine, attempts));
    }

    /// <summary>Two writer threads, each writing <paramref name="batchesEach"/> 2 ms batches; which one wrote each batch, in order.</summary>
    private static int[] TwoBusyWriters(string path, int batchesEach)
    {
        var order = new System.Collections.Concurrent.ConcurrentQueue<int>();
        using var start = new Barrier(2);
        var writers = Enumerable.Range(0, 2).Select(id => new Thread(() =>
        {
            using var mutex = new SqliteWriterMutex(path);
            start.SignalAndWait();
            for (var i = 0; i < batchesEach; i++)
            {
                using (mutex.Acquire())
                {
                    order.Enqueue(id);
                    Thread.Sleep(2); // a batch's writes
                }

                mutex.StepAsideIfContended();
            }
        })).ToList();
        writers.ForEach(w => w.Start());
        writers.ForEach(w => w.Join());
        return order.ToArray();
    }

    /// <summary>Another instance's writer thread, holding the mutex of <c>path</c> until released.</summary>
    private sealed class HeldOnItsOwnThread : IDisposable
    {
        private readonly TaskCompletionSource _held = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly ManualResetEventSlim _release = new();
        private readonly Thread _thread;

        public HeldOnItsOwnThread(string path)
        {
            _thread = new Thread(() =>
            {
                using var mutex = new SqliteWriterMutex(path);
                using (mutex.Acquire())
                {
                    _held.SetResult();
                    _release.Wait();
                }
            });
            _thread.Start();
        }

        public Task Held => _held.Task;

        public void Release() => _release.Set();

        public void Dispose()
        {
            _release.Set();
            _thread.Join();
            _release.Dispose();
        }
    }
}
