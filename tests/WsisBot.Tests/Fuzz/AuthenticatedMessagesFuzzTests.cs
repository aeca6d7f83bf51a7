using System.Net;
using System.Text;
using WsisBot.Testing;
using WsisBot.Tests.BotConnector;

namespace WsisBot.Tests.Fuzz;

/// <summary>
/// <c>/api/messages</c> with authentication on (MicrosoftAppId set, the channel's keys on loopback), where the bot parses
/// whatever Authorization a stranger sends: every spoiled or hostile header is a 401, never a 5xx, and a valid token
/// still gets in afterwards. A valid token only ever carries a typing activity, which the bot answers without a reply
/// (replies would need an outbound token from login.microsoftonline.com).
/// </summary>
public class AuthenticatedMessagesFuzzTests(AuthenticatedBot fixture) : IClassFixture<AuthenticatedBot>
{
    private const string AppId = AuthenticatedBot.AppId;
    private const int Seed = 20260306;
    private const int Count = 120;

    [Fact]
    public async Task Hostile_authorization_headers_are_a_401_and_a_valid_token_still_gets_in()
    {
        var random = new Random(Seed);
        var conversation = new ConnectorConversation(fixture.Bot.Client, fixture.Sink);
        var headers = Headers(random);
        using var client = FuzzRequests.CreateClient(fixture.Bot.BaseAddress);
        var failures = new List<string>();

        for (var i = 0; i < Count; i++)
        {
            var (name, header) = headers[random.Next(headers.Count)];
            var valid = name == "valid";
            var input = valid || random.Next(2) == 0
                ? new FuzzInputs.Input("typing", Encoding.UTF8.GetBytes(conversation.Base("typing").ToJsonString()), "application/json")
                : FuzzInputs.Next(random, random.Next(FuzzInputs.Kinds), conversation.ConversationId, fixture.Sink.ServiceUrl);
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/messages", UriKind.Relative)) { Content = new ByteArrayContent(input.Body) };
            request.Content.Headers.TryAddWithoutValidation("Content-Type", input.ContentType);
            if (header is not null)
            {
                request.Headers.TryAddWithoutValidation("Authorization", header);
            }

            using var response = await client.SendAsync(request);
            // Never in without a valid token. A token valid but for another serviceUrl is refused once the body is read,
            // so a bad body may be refused first (400, 413, 415); 431: the huge header.
            int[] expected = valid ? [200] : [401, 400, 413, 415, 431];
            if (!expected.Contains((int)response.StatusCode))
            {
                failures.Add($"{name} with {input.Name}: {(int)response.StatusCode}");
            }
        }

        Assert.Empty(failures);
        conversation.BearerToken = fixture.ValidToken();
        using var after = await conversation.PostAsync(conversation.Base("typing"));
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        StillServing.AssertNoErrorsLogged(fixture.Bot);
    }

    /// <summary>Spoiled tokens (each claim or the signature wrong), tokens that are no JWT at all, and odd schemes.</summary>
    private List<(string Name, string? Header)> Headers(Random random)
    {
        var valid = fixture.ValidToken();
        var parts = valid.Split('.');
        var noise = Convert.ToBase64String(FuzzInputs.Noise(random));
        return
        [
            ("none", null),
            ("valid", "Bearer " + valid),
            ("another app's", "Bearer " + fixture.Issuer.CreateToken("another-app", fixture.Sink.ServiceUrl)),
            ("another issuer's", "Bearer " + fixture.Issuer.CreateToken(AppId, fixture.Sink.ServiceUrl, issuer: "https://evil.example")),
            ("expired", "Bearer " + fixture.Issuer.CreateToken(AppId, fixture.Sink.ServiceUrl, expires: DateTime.UtcNow.AddHours(-1))),
            ("signed with another key", "Bearer " + fixture.Issuer.CreateToken(AppId, fixture.Sink.ServiceUrl, signWithForeignKey: true)),
            ("another serviceUrl's", "Bearer " + fixture.Issuer.CreateToken(AppId, "https://smba.trafficmanager.net/emea/")),
            ("signature flipped", $"Bearer {parts[0]}.{parts[1]}.{new string(parts[2].Reverse().ToArray())}"),
            ("alg none", $"Bearer {Base64Url("""{"alg":"none","typ":"JWT"}""")}.{parts[1]}."),
            ("unknown kid", $"Bearer {Base64Url("""{"alg":"RS256","kid":"rolled-over","typ":"JWT"}""")}.{parts[1]}.{parts[2]}"),
            ("header not JSON", $"Bearer {Base64Url("{not json")}.{parts[1]}.{parts[2]}"),
            ("five parts", "Bearer a.b.c.d.e"),
            ("three dots", "Bearer ..."),
            ("noise", "Bearer " + noise),
            ("huge", "Bearer " + new string('t', 30_000)),
            ("scheme only", "Bearer"),
            ("Basic", "Basic dXNlcjpwYXNz"),
            ("two tokens", $"Bearer {valid} {valid}"),
            ("non-ASCII", "Bearer tökén🙂"),
        ];
    }

    private static string Base64Url(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
