using System.Runtime.InteropServices;
using WsisBot.Bot.Hosting;

namespace WsisBot.Tests.Hosting;

public sealed class NativeHeapTests
{
    private const int BlockSize = 100 * 1024;
    private const int Blocks = 400;

    [Fact]
    public void Trim_returns_freed_native_memory_to_the_os()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        // 40 MiB in blocks below glibc's mmap threshold, every page touched; freeing every other block leaves 20 MiB
        // of holes that free() cannot give back (live blocks on both sides), as after the JIT's scratch memory.
        var blocks = new IntPtr[Blocks];
        for (var i = 0; i < Blocks; i++)
        {
            blocks[i] = Marshal.AllocHGlobal(BlockSize);
            for (var offset = 0; offset < BlockSize; offset += 4096)
            {
                Marshal.WriteByte(blocks[i], offset, 1);
            }
        }

        try
        {
            for (var i = 0; i < Blocks; i += 2)
            {
                Marshal.FreeHGlobal(blocks[i]);
                blocks[i] = IntPtr.Zero;
            }

            var before = Environment.WorkingSet;
            Assert.True(NativeHeap.Trim());
            var returned = before - Environment.WorkingSet;

            Assert.True(returned >= 10 << 20, $"{returned >> 20} MiB returned of the 20 MiB freed");
        }
        finally
        {
            foreach (var block in blocks.Where(b => b != IntPtr.Zero))
            {
                Marshal.FreeHGlobal(block);
            }
        }
    }
}
