using System.Net;
using WsisBot.Testing;

namespace WsisBot.Tests.BotConnector;

/// <summary>Bot Connector JWTs, checked against keys and metadata served on loopback.</summary>
public class AuthenticationTests(AuthenticatedBot fixture) : IClassFixture<AuthenticatedBot>
{
    private const string AppId = AuthenticatedBot.AppId;

    [Fact]
    public async Task A_valid_token_is_accepted()
    {
        Assert.Equal(HttpStatusCode.OK, await fixture.PostWithAsync(fixture.ValidToken()));
    }

    [Fact]
    public async Task No_token_is_rejected() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await fixture.PostWithAsync(null));

    [Fact]
    public async Task A_token_for_another_bot_is_rejected() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await fixture.PostWithAsync(fixture.Issuer.CreateToken("another-app-id", fixture.Sink.ServiceUrl)));

    [Fact]
    public async Task A_token_from_another_issuer_is_rejected() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await fixture.PostWithAsync(fixture.Issuer.CreateToken(AppId, fixture.Sink.ServiceUrl, issuer: "https://evil.example")));

    [Fact]
    public async Task An_expired_token_is_rejected_beyond_the_clock_skew() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await fixture.PostWithAsync(fixture.Issuer.CreateToken(AppId, fixture.Sink.ServiceUrl, expires: DateTime.UtcNow.AddMinutes(-6))));

    [Fact]
    public async Task A_token_expired_within_the_clock_skew_is_accepted() =>
        Assert.Equal(HttpStatusCode.OK, await fixture.PostWithAsync(fixture.Issuer.CreateToken(AppId, fixture.Sink.ServiceUrl, expires: DateTime.UtcNow.AddMinutes(-2))));

    [Fact]
    public async Task A_token_signed_with_another_key_is_rejected() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await fixture.PostWithAsync(fixture.Issuer.CreateToken(AppId, fixture.Sink.ServiceUrl, signWithForeignKey: true)));

    [Fact]
    public async Task A_token_for_another_serviceUrl_is_rejected() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await fixture.PostWithAsync(fixture.Issuer.CreateToken(AppId, "https://smba.trafficmanager.net/emea/")));

    [Fact]
    public async Task A_channel_the_signing_key_does_not_endorse_is_rejected() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await fixture.PostWithAsync(fixture.ValidToken(), channelId: "skype"));

    [Fact]
    public async Task A_rejected_request_says_nothing_about_why()
    {
        var conversation = new ConnectorConversation(fixture.Bot.Client, fixture.Sink) { BearerToken = "not.a.jwt" };

        using var response = await conversation.PostAsync(conversation.Message("hello"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }
}
