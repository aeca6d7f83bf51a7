using Xunit.Abstractions;

namespace WsisBot.Browser.Tests;

/// <summary>axe-core over the web chat page in each language: on arrival, after an answer, and with a form open.</summary>
public class ChatPageAccessibilityTests(ChromiumFixture fixture, ITestOutputHelper output) : IClassFixture<ChromiumFixture>
{
    [Theory]
    [InlineData("fr", "Je suis WsisBot", "Quelle est la date limite pour les prix du SMSI 2026 ?", "15 mars 2026", "Je veux soumettre : Annonce de contribution au Fonds d'affectation spéciale", "Montant")]
    [InlineData("en", "I am WsisBot", "What is the deadline for the WSIS Prizes 2026?", "15 March 2026", "I want to submit: Trust Fund pledge", "Amount")]
    public async Task The_chat_page_has_no_accessibility_violation_on_arrival_after_an_answer_and_with_a_form_open(
        string language, string welcome, string question, string answer, string startForm, string formField)
    {
        await using var chat = await fixture.OpenAsync("?lang=" + language);
        await chat.SeesAsync(welcome);
        var reports = new List<AxeReport> { await AuditAsync(chat, $"chat-{language}-arrival") };

        await chat.SendAsync(question);
        await chat.SeesAsync(answer);
        reports.Add(await AuditAsync(chat, $"chat-{language}-answer"));

        await chat.SendAsync(startForm);
        await chat.Page.Locator("#webchat .ac-adaptiveCard").Last.GetByLabel(formField).WaitForAsync();
        reports.Add(await AuditAsync(chat, $"chat-{language}-form"));

        Assert.True(reports.All(r => r.Failures.Count == 0), string.Join("\n\n", reports.Where(r => r.Failures.Count > 0)));
    }

    private async Task<AxeReport> AuditAsync(ChatPage chat, string name)
    {
        output.WriteLine("Screenshot: " + await chat.ScreenshotAsync("a11y-" + name));
        var report = await Axe.RunAsync(chat.Page);
        output.WriteLine(name + ": " + report);
        return report;
    }
}
