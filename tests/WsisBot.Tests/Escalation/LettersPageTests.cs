using System.Net;

namespace WsisBot.Tests.Escalation;

/// <summary>The inbox's Letters page: per letter, what the bot read, for signed-in staff only, in both languages.</summary>
public class LettersPageTests(EscalationFixture fixture) : IClassFixture<EscalationFixture>
{
    [Fact]
    public async Task Staff_see_per_letter_what_was_read_with_the_offer_table_and_its_prices()
    {
        var inbox = new InboxSession(fixture.Bot);
        (await inbox.SignInAsync(EscalationFixture.AdminUser, EscalationFixture.AdminPassword)).Dispose();

        // Razor writes accented letters as character references: read the page as a browser shows it.
        var html = WebUtility.HtmlDecode(await inbox.GetHtmlAsync("/inbox/letters"));

        Assert.Contains("<main>", html, StringComparison.Ordinal);
        Assert.Contains("<h1>Lettres lues · Letters read</h1>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/inbox/letters\"", html, StringComparison.Ordinal);
        foreach (var reference in new[] { "CL-26/17", "SMSI 2026", "SMSI 2024", "Fonds d'affectation spéciale pour le SMSI 2026" })
        {
            Assert.Contains(reference, html, StringComparison.Ordinal);
        }

        Assert.Contains("<caption>Offre de partenariat · Partnership offer (28 lignes · rows)</caption>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Diamant · Diamond</th><td>250 000 CHF</td>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\">Montant · Price</th>", html, StringComparison.Ordinal);
        Assert.Contains("<caption>Délais · Deadlines</caption>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_signing_in_the_page_sends_to_the_login()
    {
        using var client = fixture.Bot.CreateClient(followRedirects: false);

        using var response = await client.GetAsync(new Uri("/inbox/letters", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/inbox/login", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }
}
