using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace WsisBot.Browser.Tests;

/// <summary>
/// Nothing a visitor typed is lost: a question sent while the conversation is still starting, the draft in the send box,
/// and the conversation itself across a reload (over the WebSocket and by polling).
/// </summary>
public partial class NothingLostTests(ChromiumFixture fixture) : IClassFixture<ChromiumFixture>
{
    [Theory]
    [InlineData("?lang=fr", "aide", "Voici ce que je sais faire", "Connexion en cours")]
    [InlineData("?lang=en&ws=0", "help", "Here is what I can do", "Connecting")]
    public async Task A_question_sent_as_soon_as_the_send_box_appears_is_answered(string query, string question, string answer, string connecting)
    {
        // Direct Line takes a second to start the conversation, so the question is surely sent before it is ready.
        await using var chat = await fixture.OpenAsync(query, beforeLoad: page => page.RouteAsync("**/v3/directline/conversations", async route =>
        {
            await Task.Delay(TimeSpan.FromSeconds(1));
            await route.ContinueAsync();
        }));

        await chat.SendBox.WaitForAsync();
        await chat.SendBox.FillAsync(question);
        await chat.SendBox.PressAsync("Enter");
        var notice = await chat.Page.InnerTextAsync("#status");

        await chat.SeesAsync(answer);
        Assert.Contains(connecting, notice, StringComparison.Ordinal);
        Assert.Equal(1, await UserBubbles(chat, question).CountAsync());
    }

    [Theory]
    [InlineData("?lang=fr", "aide", "Voici ce que je sais faire", "Je suis WsisBot")]
    [InlineData("?lang=en&ws=0", "help", "Here is what I can do", "I am WsisBot")]
    public async Task A_reload_shows_the_conversation_again_and_it_goes_on(string query, string question, string answer, string welcome)
    {
        await using var chat = await fixture.OpenAsync(query);
        await chat.SeesAsync(welcome);
        await chat.SendAsync(question);
        await chat.SeesAsync(answer);
        var before = chat.ConversationId;

        await chat.ReloadAsync();
        await chat.SeesAsync(answer);
        await chat.SendAsync("Quelle est la date limite pour les prix du SMSI 2026 ?");
        await chat.SeesAsync("15 mars 2026");

        Assert.Equal(before, chat.ConversationId);
        Assert.Equal(1, await chat.Page.Locator("#webchat .webchat__basic-transcript__activity", new() { HasText = welcome }).CountAsync());
        Assert.Equal(1, await UserBubbles(chat, question).CountAsync());
        await chat.ScreenshotAsync("reloaded" + (query.Contains("ws=0", StringComparison.Ordinal) ? "-polling" : ""));
    }

    [Fact]
    public async Task A_reload_in_the_middle_of_a_form_continues_it_and_after_it_shows_the_reference()
    {
        await using var chat = await fixture.OpenAsync("?lang=fr");
        await chat.SeesAsync("Je suis WsisBot");
        await chat.SendAsync("Je veux soumettre : Annonce de contribution au Fonds d'affectation spéciale");
        var form = chat.Page.Locator("#webchat .ac-adaptiveCard").Last;
        await form.GetByLabel("Organisation").FillAsync("Fondation Exemple");
        await form.GetByLabel("Nom de la personne de contact").FillAsync("Ana Silva");
        await form.GetByLabel("Courriel").FillAsync("ana@exemple.org");
        await form.GetByLabel("Pays").FillAsync("Suisse");
        await form.GetByLabel("Montant").FillAsync("25000");
        await form.GetByLabel("Monnaie").SelectOptionAsync("CHF");
        await form.GetByRole(AriaRole.Button, new() { Name = "Continuer" }).ClickAsync();
        await chat.SeesAsync("Vérifiez votre demande");

        await chat.ReloadAsync();
        var summary = chat.Page.Locator("#webchat .ac-adaptiveCard", new() { HasText = "Vérifiez votre demande" }).Last;
        await summary.GetByText("Fondation Exemple").WaitForAsync();
        await summary.GetByRole(AriaRole.Button, new() { Name = "Confirmer" }).ClickAsync();
        await chat.SeesAsync("Demande enregistrée");

        await chat.ReloadAsync();
        // Where the visitor left off: the reference, in view.
        await Assertions.Expect(chat.Page.Locator("#webchat").GetByText(Reference()).First).ToBeInViewportAsync();
        await chat.ScreenshotAsync("reloaded-after-submission");
    }

    [Fact]
    public async Task A_conversation_that_cannot_be_resumed_starts_afresh_with_a_note()
    {
        await using var chat = await fixture.OpenAsync("?lang=en");
        await chat.SeesAsync("I am WsisBot");
        var before = chat.ConversationId;
        await chat.Page.EvaluateAsync("""
            () => {
              const kept = JSON.parse(sessionStorage.getItem('wsisbot.conversation'));
              sessionStorage.setItem('wsisbot.conversation', JSON.stringify({ conversationId: kept.conversationId, resume: 'bm90.bWluZQ' }));
            }
            """);

        await chat.ReloadAsync();

        await chat.SeesAsync("I am WsisBot");
        Assert.NotEqual(before, chat.ConversationId);
        Assert.Equal("The previous conversation is no longer available: a new one starts.", await chat.Page.InnerTextAsync("#status"));
    }

    [Fact]
    public async Task A_second_tab_is_a_second_conversation_and_a_draft_survives_a_reload()
    {
        await using var chat = await fixture.OpenAsync("?lang=fr");
        await chat.SeesAsync("Je suis WsisBot");
        await chat.SendBox.FillAsync("Combien coûte un partenariat");

        var secondTab = await chat.Page.Context.NewPageAsync();
        var secondToken = secondTab.WaitForResponseAsync(r => r.Url.EndsWith(ChatPage.TokenPath, StringComparison.Ordinal));
        await secondTab.GotoAsync(chat.Page.Url);
        var second = await ChatPage.ConversationOfAsync(await secondToken);
        await chat.ReloadAsync();

        Assert.NotEqual(chat.ConversationId, second);
        await chat.SeesAsync("Je suis WsisBot");
        Assert.Equal("Combien coûte un partenariat", await chat.SendBox.InputValueAsync());
    }

    private static ILocator UserBubbles(ChatPage chat, string text) =>
        chat.Page.Locator("#webchat .webchat__bubble--from-user", new() { HasTextRegex = new Regex("^\\s*" + Regex.Escape(text) + "\\s*$") });

    [GeneratedRegex(@"WSIS-2026-TFP-\d{6}")]
    private static partial Regex Reference();
}
