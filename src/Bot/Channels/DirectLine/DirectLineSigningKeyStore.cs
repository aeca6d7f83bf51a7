using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using WsisBot.Data;
using WsisBot.Data.DirectLine;

namespace WsisBot.Bot.Channels.DirectLine;

/// <summary>
/// The HMAC key of Direct Line tokens, created once in the database and then read by every instance,
/// so a token issued by one instance is accepted by all and survives restarts.
/// </summary>
public sealed class DirectLineSigningKeyStore(IServiceScopeFactory scopes, IDatabaseWriter writer, TimeProvider clock) : IDisposable
{
    private const int KeyId = 1;
    private readonly SemaphoreSlim _loading = new(1, 1);
    private byte[]? _key;

    public async ValueTask<byte[]> GetAsync(CancellationToken cancellationToken)
    {
        if (_key is { } key)
        {
            return key;
        }

        await _loading.WaitAsync(cancellationToken);
        try
        {
            return _key ??= await LoadOrCreateAsync(cancellationToken);
        }
        finally
        {
            _loading.Release();
        }
    }

    private async Task<byte[]> LoadOrCreateAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WsisBotDbContext>();
        var stored = await db.DirectLineSigningKeys.AsNoTracking().FirstOrDefaultAsync(k => k.Id == KeyId, cancellationToken);
        if (stored is not null)
        {
            return stored.Key;
        }

        try
        {
            // Checked again inside the write: on SQLite the writer holds the file for every process, so two
            // instances starting together do not both insert (and EF does not log the loser's duplicate as an error).
            await writer.WriteAsync(db, async (context, token) =>
            {
                if (await context.DirectLineSigningKeys.AnyAsync(k => k.Id == KeyId, token))
                {
                    return 0;
                }

                context.DirectLineSigningKeys.Add(new DirectLineSigningKey { Id = KeyId, Key = RandomNumberGenerator.GetBytes(32), CreatedAt = clock.GetUtcNow() });
                return await context.SaveChangesAsync(token);
            }, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another instance created it first (SQL Server, whose write is not serialised): use theirs.
            db.ChangeTracker.Clear();
        }

        return (await db.DirectLineSigningKeys.AsNoTracking().FirstAsync(k => k.Id == KeyId, cancellationToken)).Key;
    }

    public void Dispose() => _loading.Dispose();
}
