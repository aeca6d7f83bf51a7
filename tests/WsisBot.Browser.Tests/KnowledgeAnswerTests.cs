using System.Text.RegularExpressions;

namespace WsisBot.Browser.Tests;

/// <summary>What a visitor asks most, answered from the letters; needs the knowledge layer (src/Knowledge).</summary>
public partial class KnowledgeAnswerTests(ChromiumFixture fixture) : IClassFixture<ChromiumFixture>
{
    private const string NeedsKnowledge = "Needs the knowledge layer: remove Skip once src/Knowledge answers from the letters.";

    [Fact(Skip = NeedsKnowledge)]
    [Trait("Needs", "Knowledge")]
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

    [GeneratedRegex(@"100[\u00a0\u202f ,]000 CHF")]
    private static partial Regex GoldAmount();
}
