using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using WsisBot.Data;
using WsisBot.Data.Escalation;

namespace WsisBot.Bot.Escalation;

/// <summary>
/// The one-time codes of the inbox's development sign-in link (<see cref="InboxOptions.DevelopmentSignIn"/>). Only a
/// code's SHA-256 is stored, in the database, so whichever instance the link reaches accepts it, and only once.
/// </summary>
public sealed class DevelopmentSignInCodes(IServiceScopeFactory scopes, IDatabaseWriter writer, TimeProvider clock)
{
    public const string AdminName = "dev-admin";

    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    private const int MaxCodeLength = 100;

    /// <summary>A new code, valid once until the returned expiry; spent and expired codes are deleted as it is stored.</summary>
    public async Task<(string Code, DateTimeOffset ExpiresAt)> IssueAsync(CancellationToken cancellationToken)
    {
        var code = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var now = clock.GetUtcNow();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WsisBotDbContext>();
        await writer.WriteAsync(db, async (context, token) =>
        {
            await context.InboxSignInCodes.Where(c => c.UsedAt != null || c.ExpiresAt <= now).ExecuteDeleteAsync(token);
            context.InboxSignInCodes.Add(new InboxSignInCode { CodeHash = Hash(code), CreatedAt = now, ExpiresAt = now + Lifetime });
            return await context.SaveChangesAsync(token);
        }, cancellationToken);
        return (code, now + Lifetime);
    }

    /// <summary>True the first time an issued, unexpired code comes back; false for any other code, and for that one again.</summary>
    public async Task<bool> RedeemAsync(string code, CancellationToken cancellationToken)
    {
        if (code.Length is 0 or > MaxCodeLength)
        {
            return false;
        }

        var hash = Hash(code);
        var now = clock.GetUtcNow();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WsisBotDbContext>();
        // One conditional update: of two requests with the same code, on one instance or two, one changes the row.
        var redeemed = await writer.WriteAsync(db, (context, token) => context.InboxSignInCodes
            .Where(c => c.CodeHash == hash && c.UsedAt == null && c.ExpiresAt > now)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.UsedAt, now), token), cancellationToken);
        return redeemed == 1;
    }

    private static byte[] Hash(string code) => SHA256.HashData(Encoding.UTF8.GetBytes(code));
}

/// <summary>
/// Prints at start-up, as notebook servers print their token URL, the link that signs in the development admin once:
/// a fresh clone's inbox can be opened without computing a password hash first.
/// </summary>
internal sealed class DevelopmentSignInLink(
    DevelopmentSignInCodes codes, IServer server, IHostApplicationLifetime lifetime, ILogger<DevelopmentSignInLink> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var (code, expiresAt) = await codes.IssueAsync(cancellationToken);
        // The server's addresses are known once it listens, after every hosted service has started.
        lifetime.ApplicationStarted.Register(() => logger.LogWarning(
            "Inbox: open {Link} to sign in as the development admin (once, until {ExpiresAt:yyyy-MM-dd HH:mm} UTC; restart for a new link). {Key} is on: never in Production.",
            $"{BaseAddress()}/inbox/login?code={code}", expiresAt, InboxOptions.DevelopmentSignInKey));
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The first address the server listens on, a wildcard host ("http://[::]:80", "http://+:80") shown as localhost.</summary>
    private string BaseAddress()
    {
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "http://localhost:5000";
        var uri = new UriBuilder(address.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal));
        if (uri.Host is "[::]" or "::" or "0.0.0.0")
        {
            uri.Host = "localhost";
        }

        return uri.Uri.GetLeftPart(UriPartial.Authority);
    }
}
