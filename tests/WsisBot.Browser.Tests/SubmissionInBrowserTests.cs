using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace WsisBot.Browser.Tests;

/// <summary>A visitor completes a submission through the Adaptive Cards Web Chat renders.</summary>
public partial class SubmissionInBrowserTests(ChromiumFixture fixture) : IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task A_trust_fund_pledge_is_completed_through_its_cards()
    {
        await using var chat = await fixture.OpenAsync("?lang=fr");
        await chat.SeesAsync("Je suis WsisBot");

        await chat.SendAsync("Je veux soumettre : Annonce de contribution au Fonds d'affectation spéciale");
        var form = chat.Page.Locator("#webchat .ac-adaptiveCard").Last;
        await form.GetByLabel("Organisation").FillAsync("Fondation <b>Exemple</b>");
        await form.GetByLabel("Nom de la personne de contact").FillAsync("Ana Silva");
        await form.GetByLabel("Courriel").FillAsync("ana@exemple.org");
        await form.GetByLabel("Pays").FillAsync("Suisse");
        await form.GetByLabel("Montant").FillAsync("25000");
        await form.GetByLabel("Monnaie").SelectOptionAsync("CHF");
        await chat.ScreenshotAsync("submission-form-filled");
        await form.GetByRole(AriaRole.Button, new() { Name = "Continuer" }).ClickAsync();

        await chat.SeesAsync("Vérifiez votre demande");
        var summary = chat.Page.Locator("#webchat .ac-adaptiveCard").Last;
        await summary.GetByText("Fondation <b>Exemple</b>").WaitForAsync();
        await summary.GetByRole(AriaRole.Button, new() { Name = "Confirmer" }).ClickAsync();

        await chat.SeesAsync("Demande enregistrée");
        await chat.Page.Locator("#webchat").GetByText(Reference()).First.WaitForAsync();
        await chat.ScreenshotAsync("submission-saved");
    }

    [GeneratedRegex(@"WSIS-2026-TFP-\d{6}")]
    private static partial Regex Reference();
}
