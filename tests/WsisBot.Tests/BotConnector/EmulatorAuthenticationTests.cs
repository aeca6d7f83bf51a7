using System.Net;
using Microsoft.EntityFrameworkCore;
using WsisBot.Data.Conversations;
using WsisBot.Testing;

namespace WsisBot.Tests.BotConnector;

/// <summary>
/// The Bot Framework Emulator's tokens (Entra ID client-credentials tokens the bot's own app requested), checked against
/// keys and metadata served on loopback, next to the Bot Connector's own.
/// </summary>
public class EmulatorAuthenticationTests(AuthenticatedBot fixture) : IClassFixture<AuthenticatedBot>
{
    private const string AppId = AuthenticatedBot.AppId;
    private const string OtherApp = "99999999-8888-7777-6666-555555555555";
    private const string OtherTenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";

    [Theory]
    [InlineData(EntraTokenVersion.V1, EmulatorTokenIssuer.BotFrameworkTenant)]
    [InlineData(EntraTokenVersion.V2, EmulatorTokenIssuer.BotFrameworkTenant)]
    [InlineData(EntraTokenVersion.V1, EmulatorTokenIssuer.ProtocolV32Tenant)]
    [InlineData(EntraTokenVersion.V2, EmulatorTokenIssuer.ProtocolV32Tenant)]
    public async Task An_emulator_token_is_accepted(EntraTokenVersion version, string tenant) =>
        Assert.Equal(HttpStatusCode.OK, await fixture.PostWithAsync(fixture.Emulator.CreateToken(AppId, version, tenant)));

    [Theory]
    [InlineData(EntraTokenVersion.V1)]
    [InlineData(EntraTokenVersion.V2)]
    public async Task With_an_emulator_token_the_turn_runs_and_answers(EntraTokenVersion version)
    {
        var conversation = new ConnectorConversation(fixture.Bot.Client, fixture.Sink) { BearerToken = fixture.Emulator.CreateToken(AppId, version) };

        using var response = await conversation.PostAsync(conversation.Message("help"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var db = DatabaseFile.Open(fixture.Bot.DatabasePath);
        var reply = Assert.Single(await db.Transcript.Where(t => t.ConversationId == conversation.ConversationId && t.Direction == TranscriptDirection.Outgoing).ToListAsync());
        Assert.Contains("Here is what I can do", reply.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(EntraTokenVersion.V1)]
    [InlineData(EntraTokenVersion.V2)]
    public async Task A_token_another_app_requested_is_refused(EntraTokenVersion version) =>
        Assert.Equal(HttpStatusCode.Unauthorized, await fixture.PostWithAsync(fixture.Emulator.CreateToken(AppId, version, requestingApp: OtherApp)));

    [Theory]
    [InlineData(EntraTokenVersion.V1)]
    [InlineData(EntraTokenVersion.V2)]
    public async Task A_token_from_another_tenant_is_refused(EntraTokenVersion version) =>
        Assert.Equal(HttpStatusCode.Unauthorized, await fixture.PostWithAsync(fixture.Emulator.CreateToken(AppId, version, tenant: OtherTenant)));

    [Fact]
    public async Task A_token_from_another_issuer_is_refused() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await fixture.PostWithAsync(fixture.Emulator.CreateToken(AppId, EntraTokenVersion.V2, issuer: "https://evil.example/v2.0")));

    [Theory]
    [InlineData(EntraTokenVersion.V1, OtherApp)]
    [InlineData(EntraTokenVersion.V2, OtherApp)]
    // The bot's own outbound token (sent to every serviceUrl it replies to) must not come back in as an Emulator's.
    [InlineData(EntraTokenVersion.V1, "https://api.botframework.com")]
    [InlineData(EntraTokenVersion.V2, "https://api.botframework.com")]
    public async Task A_token_for_another_audience_is_refused(EntraTokenVersion version, string audience) =>
        Assert.Equal(HttpStatusCode.Unauthorized, await fixture.PostWithAsync(fixture.Emulator.CreateToken(AppId, version, audience: audience)));

    [Fact]
    public async Task An_expired_token_is_refused_beyond_the_clock_skew() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await fixture.PostWithAsync(fixture.Emulator.CreateToken(AppId, EntraTokenVersion.V2, expires: DateTime.UtcNow.AddMinutes(-6))));

    [Fact]
    public async Task A_token_signed_with_a_key_the_metadata_does_not_list_is_refused() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await fixture.PostWithAsync(fixture.Emulator.CreateToken(AppId, EntraTokenVersion.V2, signWith: fixture.Emulator.ImpostorKey())));

    [Fact]
    public async Task A_token_signed_with_the_bot_connectors_key_is_refused() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await fixture.PostWithAsync(fixture.Emulator.CreateToken(AppId, EntraTokenVersion.V1, signWith: fixture.Issuer.SigningKey)));

    [Theory]
    [InlineData(EntraTokenVersion.V2, "1.0")] // says v1.0 but names the app in azp, not appid
    [InlineData(EntraTokenVersion.V1, "2.0")]
    [InlineData(EntraTokenVersion.V2, "3.0")]
    [InlineData(EntraTokenVersion.V1, "")]
    public async Task A_token_whose_version_does_not_say_where_the_app_is_is_refused(EntraTokenVersion version, string versionClaim) =>
        Assert.Equal(HttpStatusCode.Unauthorized, await fixture.PostWithAsync(fixture.Emulator.CreateToken(AppId, version, versionClaim: versionClaim)));

    [Fact]
    public async Task Channel_tokens_keep_working_beside_emulator_tokens() =>
        Assert.Equal(HttpStatusCode.OK, await fixture.PostWithAsync(fixture.Issuer.CreateToken(AppId, fixture.Sink.ServiceUrl)));

    [Theory]
    [InlineData("not a url")]
    [InlineData("")]
    public async Task The_app_refuses_to_start_without_a_url_for_the_emulator_metadata(string url)
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => BotServer.StartAsync(new Dictionary<string, string?>
        {
            ["BotConnector:EmulatorOpenIdMetadataUrl"] = url,
        }));

        Assert.Contains("EmulatorOpenIdMetadataUrl", error.ToString(), StringComparison.Ordinal);
    }
}
