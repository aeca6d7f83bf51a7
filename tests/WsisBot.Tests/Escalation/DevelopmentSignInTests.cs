using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Hosting;
using WsisBot.Testing;

namespace WsisBot.Tests.Escalation;

/// <summary>
/// The inbox a newcomer can open: in Development (or with Inbox:DevelopmentSignIn=true outside Production) the bot prints a
/// one-time sign-in link at start-up; never in Production.
/// </summary>
public partial class DevelopmentSignInTests
{
    [Fact]
    public async Task In_development_the_printed_link_signs_in_once_and_is_refused_after()
    {
        await using var bot = await BotServer.StartAsync(environment: Environments.Development);
        var link = Link(bot);
        Assert.StartsWith($"{bot.BaseAddress.GetLeftPart(UriPartial.Authority)}/inbox/login?code=", link, StringComparison.Ordinal);

        var staff = new InboxSession(bot);
        using (var signIn = await staff.Client.GetAsync(new Uri(link)))
        {
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
            Assert.Equal("/inbox", signIn.Headers.Location?.OriginalString);
        }

        var inbox = await staff.GetHtmlAsync("/inbox");
        Assert.Contains("Demandes · Tickets", inbox, StringComparison.Ordinal);
        Assert.Contains("dev-admin", inbox, StringComparison.Ordinal);

        var someoneElse = new InboxSession(bot);
        using var again = await someoneElse.Client.GetAsync(new Uri(link));
        var refusal = await again.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.Forbidden, again.StatusCode);
        Assert.Contains("Ce lien de connexion a déjà servi", refusal, StringComparison.Ordinal);
        Assert.Contains("This sign-in link has already been used", refusal, StringComparison.Ordinal);
        using var stillOut = await someoneElse.Client.GetAsync(new Uri("/inbox", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, stillOut.StatusCode);
        Assert.StartsWith("/inbox/login", stillOut.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_code_the_bot_never_printed_is_refused()
    {
        await using var bot = await BotServer.StartAsync(environment: Environments.Development);
        var link = Link(bot);

        var forged = new InboxSession(bot);
        using var response = await forged.Client.GetAsync(new Uri(link[..(link.IndexOf("code=", StringComparison.Ordinal) + 5)] + new string('A', 43)));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        using var inbox = await forged.Client.GetAsync(new Uri("/inbox", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, inbox.StatusCode);
    }

    [Fact]
    public async Task Production_refuses_the_setting_at_start_naming_the_key()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => BotServer.StartAsync(
            new Dictionary<string, string?> { ["Inbox:DevelopmentSignIn"] = "true" }, environment: Environments.Production));

        Assert.Contains("Inbox:DevelopmentSignIn=true is refused in Production", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Staging", "true", true)]
    [InlineData("Development", "false", false)]
    [InlineData("Staging", null, false)]
    [InlineData("Production", null, false)]
    public async Task The_link_is_printed_in_development_or_when_asked_outside_production(string environment, string? setting, bool printed)
    {
        await using var bot = await BotServer.StartAsync(new Dictionary<string, string?> { ["Inbox:DevelopmentSignIn"] = setting }, environment: environment);

        Assert.Equal(printed, bot.Logs.Lines.Any(line => line.Message.Contains("/inbox/login?code=", StringComparison.Ordinal)));
        using var inbox = await bot.CreateClient(followRedirects: false).GetAsync(new Uri("/inbox", UriKind.Relative));
        // Nothing else opens these bots' inboxes: without the link they are closed (503 and how to open them).
        Assert.Equal(printed ? HttpStatusCode.Redirect : HttpStatusCode.ServiceUnavailable, inbox.StatusCode);
    }

    /// <summary>The link the bot logged at start-up (the server has started, so it is written already).</summary>
    private static string Link(BotServer bot) =>
        PrintedLink().Match(string.Join('\n', bot.Logs.Lines.Select(line => line.Message))).Value is { Length: > 0 } link
            ? link
            : throw new InvalidOperationException("No sign-in link in the log: " + string.Join('\n', bot.Logs.Lines.Select(line => line.Message)));

    [GeneratedRegex(@"http://[^ ]+/inbox/login\?code=[A-Za-z0-9_-]+")]
    private static partial Regex PrintedLink();
}
