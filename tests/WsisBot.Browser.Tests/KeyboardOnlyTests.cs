using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace WsisBot.Browser.Tests;

/// <summary>
/// A visitor with a keyboard and nothing else (Tab, Shift+Tab, the arrow keys, Enter, Space, typing): asks a question,
/// then fills in a whole form and confirms it. The test acts only through key presses; locators only check where the focus is.
/// </summary>
public partial class KeyboardOnlyTests(ChromiumFixture fixture, ITestOutputHelper output) : IClassFixture<ChromiumFixture>
{
    public static TheoryData<string, Visitor> Visitors => new()
    {
        { "fr", new Visitor("Je suis WsisBot", "Aller à la conversation", "Quelle est la date limite pour les prix du SMSI 2026 ?", "15 mars 2026",
            "Je veux soumettre : Annonce de contribution au Fonds d'affectation spéciale",
            ["Organisation", "Nom de la personne de contact", "Courriel", "Pays", "Montant"], "Monnaie", "Continuer", "Vérifiez votre demande", "Confirmer", "Demande enregistrée") },
        { "en", new Visitor("I am WsisBot", "Skip to the conversation", "What is the deadline for the WSIS Prizes 2026?", "15 March 2026",
            "I want to submit: Trust Fund pledge",
            ["Organisation", "Contact person's name", "E-mail", "Country", "Amount"], "Currency", "Continue", "Check your submission", "Confirm", "Submission saved") },
    };

    [Theory]
    [MemberData(nameof(Visitors))]
    public async Task A_keyboard_alone_asks_a_question_and_completes_a_form(string language, Visitor visitor)
    {
        await using var chat = await fixture.OpenAsync("?lang=" + language);
        var keyboard = chat.Page.Keyboard;
        await chat.SeesAsync(visitor.Welcome);

        await keyboard.PressAsync("Tab");
        var skip = chat.Page.GetByRole(AriaRole.Link, new() { Name = visitor.SkipLink });
        Assert.True(await skip.EvaluateAsync<bool>("e => e === document.activeElement"), "the first Tab does not reach the skip link: " + await chat.FocusedAsync());
        Assert.True((await skip.BoundingBoxAsync())!.X >= 0, "the focused skip link is off screen");
        await keyboard.PressAsync("Enter");
        await chat.TabToAsync(chat.SendBox);
        await keyboard.TypeAsync(visitor.Question);
        await keyboard.PressAsync("Enter");
        await chat.SeesAsync(visitor.Answer);

        await keyboard.TypeAsync(visitor.StartForm);
        await keyboard.PressAsync("Enter");
        var form = chat.Page.Locator("#webchat .ac-adaptiveCard", new() { Has = chat.Page.GetByLabel(visitor.Fields[0]) }).Last;
        await form.WaitForAsync();
        await chat.KeyIntoCardAsync(form);
        var values = new[] { "Fondation Exemple", "Ana Silva", "ana@exemple.org", language == "fr" ? "Suisse" : "Switzerland", "25000" };
        foreach (var (field, value) in visitor.Fields.Zip(values))
        {
            await chat.TabToAsync(form.GetByLabel(field));
            await keyboard.TypeAsync(value);
        }

        await chat.TabToAsync(form.GetByLabel(visitor.Currency));
        await keyboard.TypeAsync("CHF");
        await chat.TabToAsync(form.GetByRole(AriaRole.Button, new() { Name = visitor.Continue }));
        output.WriteLine("Screenshot: " + await chat.ScreenshotAsync($"keyboard-{language}-form"));
        await keyboard.PressAsync("Space");

        var summary = chat.Page.Locator("#webchat .ac-adaptiveCard", new() { HasText = visitor.Summary }).Last;
        await summary.WaitForAsync();
        await chat.KeyIntoCardAsync(summary);
        await chat.TabToAsync(summary.GetByRole(AriaRole.Button, new() { Name = visitor.Confirm }));
        await keyboard.PressAsync("Enter");

        await chat.SeesAsync(visitor.Saved);
        await chat.Page.Locator("#webchat").GetByText(Reference()).First.WaitForAsync();
        output.WriteLine("Screenshot: " + await chat.ScreenshotAsync($"keyboard-{language}-saved"));
    }

    public sealed record Visitor(
        string Welcome, string SkipLink, string Question, string Answer, string StartForm, string[] Fields, string Currency,
        string Continue, string Summary, string Confirm, string Saved);

    [GeneratedRegex(@"WSIS-2026-TFP-\d{6}")]
    private static partial Regex Reference();
}
