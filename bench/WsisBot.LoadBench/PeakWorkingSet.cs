namespace WsisBot.LoadBench;

/// <summary>
/// The kernel's peak resident set (VmHWM, what <c>Process.PeakWorkingSet64</c> reads) covers a process's whole life,
/// start-up included. Writing 5 to <c>/proc/PID/clear_refs</c> (Linux 4.0 and later) sets it back to the current
/// resident set, so what is read afterwards is the peak since then.
/// </summary>
public static class PeakWorkingSet
{
    public static bool TryReset(System.Diagnostics.Process process)
    {
        try
        {
            File.WriteAllText($"/proc/{process.Id}/clear_refs", "5");
            process.Refresh();
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
