using System.Net;

namespace WsisBot.Tests.Escalation;

public class InboxClosedTests(BotFixture fixture) : IClassFixture<BotFixture>
{
    [Theory]
    [InlineData("/inbox")]
    [InlineData("/inbox/login")]
    [InlineData("/inbox/tickets/1")]
    public async Task Without_any_sign_in_configured_the_inbox_refuses_everyone_and_says_how_to_set_it_up(string path)
    {
        using var response = await fixture.Bot.CreateClient(followRedirects: false).GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("Inbox:AdminPasswordHash", page, StringComparison.Ordinal);
        Assert.Contains("Boîte de réception fermée", page, StringComparison.Ordinal);
    }
}
