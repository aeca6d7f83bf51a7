using System.Text.Json;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace WsisBot.Bot.Protocol.Auth;

/// <summary>
/// The signing keys one OpenID metadata document lists, fetched and cached (refreshed every 12 h, or sooner on
/// request when a token names a key we do not know), with the channel endorsements the Bot Connector's keys carry.
/// </summary>
internal sealed class OpenIdSigningKeys
{
    private readonly ConfigurationManager<OpenIdConnectConfiguration> _metadata;

    public OpenIdSigningKeys(string metadataUrl, HttpClient http)
    {
        var retriever = new HttpDocumentRetriever(http)
        {
            // Plain HTTP only for a metadata server on this machine (tests).
            RequireHttps = !new Uri(metadataUrl).IsLoopback,
        };
        _metadata = new ConfigurationManager<OpenIdConnectConfiguration>(metadataUrl, new OpenIdConnectConfigurationRetriever(), retriever)
        {
            AutomaticRefreshInterval = TimeSpan.FromHours(12),
        };
    }

    /// <summary>The keys; throws <see cref="InvalidOperationException"/> when the document cannot be read.</summary>
    public async Task<ICollection<SecurityKey>> GetAsync(CancellationToken cancellationToken) =>
        (await _metadata.GetConfigurationAsync(cancellationToken)).SigningKeys;

    /// <summary>Fetch the document again at the next read (the keys may have rolled over).</summary>
    public void RequestRefresh() => _metadata.RequestRefresh();

    /// <summary>The channels the key <paramref name="kid"/> endorses, or null when it carries no endorsements.</summary>
    public async Task<IReadOnlyList<string>?> EndorsementsAsync(string? kid, CancellationToken cancellationToken)
    {
        if (kid is null)
        {
            return null;
        }

        var configuration = await _metadata.GetConfigurationAsync(cancellationToken);
        var key = configuration.JsonWebKeySet?.Keys.FirstOrDefault(k => k.Kid == kid);
        if (key is null || !key.AdditionalData.TryGetValue("endorsements", out var raw))
        {
            return null;
        }

        return raw switch
        {
            JsonElement { ValueKind: JsonValueKind.Array } array => [.. array.EnumerateArray().Select(e => e.GetString() ?? string.Empty)],
            IEnumerable<object> items => [.. items.Select(i => i?.ToString() ?? string.Empty)],
            _ => null,
        };
    }
}
