using System.Net;
using WsisBot.Testing;

namespace WsisBot.Tests.BotConnector;

/// <summary>Bot Connector JWTs, checked against keys and metadata served on loopback.</summary>
public class AuthenticationTests : IAsyncLifetime
{
    private const string AppId = "11111111-2222-3333-4444-555555555555";
    private TokenIssuer _issuer = null!;
    private ChannelSink _sink = null!;
    private BotServer _bot = null!;

    public async Task InitializeAsync()
    {
        _issuer = await TokenIssuer.StartAsync("msteams", "emulator");
        _sink = await ChannelSink.StartAsync();
        _bot = await BotServer.StartAsync(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = "not-used-by-these-tests",
            ["BotConnector:OpenIdMetadataUrl"] = _issuer.MetadataUrl,
        });
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _sink.DisposeAsync();
        await _issuer.DisposeAsync();
    }

    [Fact]
    public async Task A_valid_token_is_accepted()
    {
        Assert.Equal(HttpStatusCode.OK, await PostWithAsync(_issuer.CreateToken(AppId, _sink.ServiceUrl)));
    }

    [Fact]
    public async Task No_token_is_rejected() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await PostWithAsync(null));

    [Fact]
    public async Task A_token_for_another_bot_is_rejected() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await PostWithAsync(_issuer.CreateToken("another-app-id", _sink.ServiceUrl)));

    [Fact]
    public async Task A_token_from_another_issuer_is_rejected() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await PostWithAsync(_issuer.CreateToken(AppId, _sink.ServiceUrl, issuer: "https://evil.example")));

    [Fact]
    public async Task An_expired_token_is_rejected_beyond_the_clock_skew() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await PostWithAsync(_issuer.CreateToken(AppId, _sink.ServiceUrl, expires: DateTime.UtcNow.AddMinutes(-6))));

    [Fact]
    public async Task A_token_expired_within_the_clock_skew_is_accepted() =>
        Assert.Equal(HttpStatusCode.OK, await PostWithAsync(_issuer.CreateToken(AppId, _sink.ServiceUrl, expires: DateTime.UtcNow.AddMinutes(-2))));

    [Fact]
    public async Task A_token_signed_with_another_key_is_rejected() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await PostWithAsync(_issuer.CreateToken(AppId, _sink.ServiceUrl, signWithForeignKey: true)));

    [Fact]
    public async Task A_token_for_another_serviceUrl_is_rejected() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await PostWithAsync(_issuer.CreateToken(AppId, "https://smba.trafficmanager.net/emea/")));

    [Fact]
    public async Task A_channel_the_signing_key_does_not_endorse_is_rejected() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await PostWithAsync(_issuer.CreateToken(AppId, _sink.ServiceUrl), channelId: "skype"));

    [Fact]
    public async Task A_rejected_request_says_nothing_about_why()
    {
        var conversation = new ConnectorConversation(_bot.Client, _sink) { BearerToken = "not.a.jwt" };

        using var response = await conversation.PostAsync(conversation.Message("hello"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    private async Task<HttpStatusCode> PostWithAsync(string? token, string channelId = "emulator")
    {
        var conversation = new ConnectorConversation(_bot.Client, _sink, channelId: channelId) { BearerToken = token };
        using var response = await conversation.PostAsync(conversation.Base("typing"));
        return response.StatusCode;
    }
}
