using System.Net;
using WsisBot.Testing;

namespace WsisBot.Tests.BotConnector;

/// <summary>A single-tenant bot also accepts Emulator tokens its own tenant issued; a multi-tenant bot does not.</summary>
public class EmulatorSingleTenantTests : IAsyncLifetime
{
    private const string AppId = "21111111-2222-3333-4444-555555555555";
    private const string Tenant = "8a9b0c1d-2e3f-4a5b-6c7d-8e9f0a1b2c3d";

    private TokenIssuer _channelIssuer = null!;
    private EmulatorTokenIssuer _issuer = null!;
    private ChannelSink _sink = null!;
    private BotServer _singleTenant = null!;

    public async Task InitializeAsync()
    {
        _channelIssuer = await TokenIssuer.StartAsync();
        _issuer = await EmulatorTokenIssuer.StartAsync();
        _sink = await ChannelSink.StartAsync();
        _singleTenant = await StartBotAsync("SingleTenant");
    }

    public async Task DisposeAsync()
    {
        await _singleTenant.DisposeAsync();
        await _sink.DisposeAsync();
        await _issuer.DisposeAsync();
        await _channelIssuer.DisposeAsync();
    }

    [Theory]
    [InlineData(EntraTokenVersion.V1, Tenant)]
    [InlineData(EntraTokenVersion.V2, Tenant)]
    [InlineData(EntraTokenVersion.V2, EmulatorTokenIssuer.BotFrameworkTenant)]
    public async Task A_single_tenant_bot_accepts_tokens_from_its_tenant_and_the_bot_framework_tenants(EntraTokenVersion version, string tenant) =>
        Assert.Equal(HttpStatusCode.OK, await PostWithAsync(_singleTenant, _issuer.CreateToken(AppId, version, tenant)));

    [Fact]
    public async Task A_single_tenant_bot_refuses_tokens_from_another_tenant() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await PostWithAsync(_singleTenant, _issuer.CreateToken(AppId, EntraTokenVersion.V2, "72f988bf-86f1-41af-91ab-2d7cd011db47")));

    [Fact]
    public async Task A_multi_tenant_bot_refuses_tokens_from_the_tenant_it_is_told()
    {
        await using var multiTenant = await StartBotAsync("MultiTenant");

        Assert.Equal(HttpStatusCode.Unauthorized, await PostWithAsync(multiTenant, _issuer.CreateToken(AppId, EntraTokenVersion.V2, Tenant)));
    }

    private Task<BotServer> StartBotAsync(string appType) => BotServer.StartAsync(new Dictionary<string, string?>
    {
        ["MicrosoftAppType"] = appType,
        ["MicrosoftAppId"] = AppId,
        ["MicrosoftAppPassword"] = "not-used-by-these-tests",
        ["MicrosoftAppTenantId"] = Tenant,
        ["BotConnector:OpenIdMetadataUrl"] = _channelIssuer.MetadataUrl,
        ["BotConnector:EmulatorOpenIdMetadataUrl"] = _issuer.MetadataUrl,
    });

    private Task<HttpStatusCode> PostWithAsync(BotServer bot, string token) => AuthenticatedBot.PostWithAsync(bot, _sink, token);
}
