using System.Runtime.InteropServices;

namespace WsisBot.Bot.Hosting;

/// <summary>
/// glibc's <c>malloc_trim</c>: hands the free pages of every malloc arena back to the OS. Written by hand because
/// no library wraps it; on a C library without it (musl, macOS, Windows) <see cref="Trim"/> does nothing.
/// </summary>
internal static class NativeHeap
{
    private static bool s_unavailable = !OperatingSystem.IsLinux();

    /// <summary>False where there is no glibc <c>malloc_trim</c> (found out at the first <see cref="Trim"/>).</summary>
    public static bool IsAvailable => !s_unavailable;

    /// <summary>Returns true when memory went back to the OS.</summary>
    public static bool Trim()
    {
        if (s_unavailable)
        {
            return false;
        }

        try
        {
            return MallocTrim(0) == 1;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            s_unavailable = true;
            return false;
        }
    }

    [DllImport("libc", EntryPoint = "malloc_trim")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int MallocTrim(nuint pad);
}
