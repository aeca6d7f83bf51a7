using System.Text.RegularExpressions;

namespace WsisBot.Browser.Tests;

/// <summary>What a visitor asks most, answered from the letters.</summary>
public partial class KnowledgeAnswerTests(ChromiumFixture fixture) : IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task A_deadline_question_in_french_and_a_tier_question_in_english_get_the_letters_answers()
    {
        await using var chat = await fixture.OpenAsync("?lang=fr");
        await chat.SeesAsync("Je suis WsisBot");

        await chat.SendAsync("Quelle est la date limite pour les prix du SMSI 2026 ?");
        await chat.SeesAsync("15 mars 2026");
        await chat.ScreenshotAsync("knowledge-deadline-french");

        await chat.SwitchToAsync("English");
        await chat.SendAsync("How much is a Gold partnership?");
        await chat.Page.Locator("#webchat").GetByText(GoldAmount()).First.WaitForAsync();
        await chat.ScreenshotAsync("knowledge-tier-english");
    }

    [GeneratedRegex(@"100[\u00a0\u202f ,]000 CHF|CHF 100,000")]
    private static partial Regex GoldAmount();
}
