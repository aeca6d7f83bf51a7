using System.Buffers;

namespace WsisBot.Bot.Channels;

/// <summary>Reads a request body into memory, refusing more than a limit however the client frames it.</summary>
public static class BoundedBody
{
    private const int ChunkBytes = 16 * 1024;

    /// <summary>The body, or null when it is longer than <paramref name="maxBytes"/>.</summary>
    public static async Task<MemoryStream?> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return null;
        }

        // Every post comes through here: the chunk is pooled and the stream sized to what the client announced.
        var buffer = new MemoryStream((int)(request.ContentLength ?? 0));
        var chunk = ArrayPool<byte>.Shared.Rent(ChunkBytes);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk.AsMemory(0, ChunkBytes), cancellationToken)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    await buffer.DisposeAsync();
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        buffer.Position = 0;
        return buffer;
    }
}
