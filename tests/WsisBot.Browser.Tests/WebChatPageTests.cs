using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using WsisBot.Bot.Channels.DirectLine;
using WsisBot.Bot.Protocol;
using WsisBot.Data;
using WsisBot.Data.Conversations;
using Xunit.Abstractions;

namespace WsisBot.Browser.Tests;

public class WebChatPageTests(ChromiumFixture fixture, ITestOutputHelper output) : IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task The_page_welcomes_in_both_languages_and_answers_in_french_over_the_websocket()
    {
        await using var chat = await fixture.OpenAsync("?lang=fr");

        await chat.SeesAsync("Je suis WsisBot");
        await chat.SeesAsync("I am WsisBot");
        await chat.SendAsync("aide");
        await chat.SeesAsync("Voici ce que je sais faire");

        Assert.Equal("fr", await chat.Page.GetAttributeAsync("html", "lang"));
        Assert.Equal("Français", await chat.Page.InnerTextAsync("button[aria-pressed='true']"));
        Assert.Contains(await chat.Page.GetAttributeAsync("[data-id='webchat-sendbox-input']", "placeholder") ?? "", new[] { "Tapez votre message", "Type your message" });
        Assert.Contains(chat.Sockets, url => url.Contains($"/v3/directline/conversations/{chat.ConversationId}/stream", StringComparison.Ordinal));
        output.WriteLine("Screenshot: " + await chat.ScreenshotAsync("french-websocket"));
    }

    [Fact]
    public async Task Switching_to_english_changes_the_page_and_the_language_of_the_answers()
    {
        await using var chat = await fixture.OpenAsync("?lang=fr");
        await chat.SeesAsync("Je suis WsisBot");

        var english = chat.Page.GetByRole(AriaRole.Button, new() { Name = "English", Exact = true });
        await english.FocusAsync();
        await chat.Page.Keyboard.PressAsync("Enter");
        await chat.SendAsync("aide");

        await chat.SeesAsync("Here is what I can do");
        Assert.Equal("en", await chat.Page.GetAttributeAsync("html", "lang"));
        Assert.Equal("true", await english.GetAttributeAsync("aria-pressed"));
        Assert.Equal("WSIS Forum assistant", await chat.Page.InnerTextAsync("h1"));
        Assert.Equal("Type your message", await chat.SendBox.GetAttributeAsync("placeholder"));
        output.WriteLine("Screenshot: " + await chat.ScreenshotAsync("switched-to-english"));

        await chat.SwitchToAsync("Français");
        await chat.SendAsync("help");
        await chat.Page.Locator("#webchat").GetByText("Voici ce que je sais faire").Nth(0).WaitForAsync();
        Assert.Equal("Tapez votre message", await chat.SendBox.GetAttributeAsync("placeholder"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("&ws=0")]
    public async Task The_switch_makes_the_bot_say_so_and_offer_its_suggestions_in_the_language_chosen(string transport)
    {
        await using var chat = await fixture.OpenAsync("?lang=fr" + transport);
        await chat.SeesAsync("Je suis WsisBot");
        var suggestions = chat.Page.Locator("#webchat [role='toolbar']").Last;
        await suggestions.GetByRole(AriaRole.Button, new() { Name = "Dates limites", Exact = true }).WaitForAsync();

        await chat.SwitchToAsync("English");
        await chat.SeesAsync("All right, I will continue in English.");
        await chat.Page.Locator("#webchat [role='toolbar']").Last.GetByRole(AriaRole.Button, new() { Name = "Deadlines", Exact = true }).WaitForAsync();
        Assert.Equal(0, await chat.Page.Locator("#webchat [role='toolbar']").Last.GetByRole(AriaRole.Button, new() { Name = "Dates limites" }).CountAsync());

        await chat.SwitchToAsync("Français");
        await chat.SeesAsync("je continue en français");
        await chat.Page.Locator("#webchat [role='toolbar']").Last.GetByRole(AriaRole.Button, new() { Name = "Dates limites", Exact = true }).WaitForAsync();
    }

    [Fact]
    public async Task Polling_mode_carries_the_same_conversation()
    {
        await using var chat = await fixture.OpenAsync("?ws=0&lang=en");
        var polls = 0;
        chat.Page.Request += (_, request) => polls += request.Url.Contains("/activities?watermark=", StringComparison.Ordinal) ? 1 : 0;

        await chat.SeesAsync("I am WsisBot");
        await chat.SendAsync("help");
        await chat.SeesAsync("Here is what I can do");

        Assert.True(polls > 0);
        Assert.Empty(chat.Sockets);
        output.WriteLine("Screenshot: " + await chat.ScreenshotAsync("english-polling"));
    }

    [Fact]
    public async Task A_suggested_action_asks_its_question()
    {
        await using var chat = await fixture.OpenAsync("?lang=en");
        await chat.SeesAsync("I am WsisBot");

        await chat.Page.GetByRole(AriaRole.Toolbar, new() { Name = "Suggested actions" }).GetByRole(AriaRole.Button, new() { Name = "Help", Exact = true }).ClickAsync();

        await chat.SeesAsync("Here is what I can do");
    }

    [Fact]
    public async Task An_adaptive_card_renders_and_its_submit_reaches_the_bot()
    {
        await using var chat = await fixture.OpenAsync("?lang=fr");
        await chat.SeesAsync("Je suis WsisBot");
        var proactive = fixture.Bot.Services.GetRequiredService<DirectLineProactiveChannel>();
        await proactive.SendAsync(DirectLineChannel.Reference(chat.ConversationId), new Activity
        {
            Type = ActivityTypes.Message,
            Attachments = [new Attachment { ContentType = Attachment.AdaptiveCardContentType, Content = JsonDocument.Parse(CardJson).RootElement.Clone() }],
        }, CancellationToken.None);

        await chat.SeesAsync("Demande de temps de parole");
        await chat.Page.GetByLabel("Organisation").FillAsync("Ministère du numérique");
        output.WriteLine("Screenshot: " + await chat.ScreenshotAsync("adaptive-card"));
        await chat.Page.Locator("button.ac-pushButton", new() { HasText = "Envoyer / Send" }).ClickAsync();

        var submitted = await WaitForIncomingAsync(chat.ConversationId, json => json.Contains("speakingSlot", StringComparison.Ordinal));
        var value = JsonDocument.Parse(submitted).RootElement.GetProperty("value");
        Assert.Equal("Ministère du numérique", value.GetProperty("organisation").GetString());
        Assert.Equal("submit", value.GetProperty("step").GetString());
    }

    [Fact]
    public async Task On_a_phone_the_page_fits_the_screen()
    {
        await using var chat = await fixture.OpenAsync("?lang=fr", width: 360, height: 740);
        await chat.SeesAsync("Je suis WsisBot");

        var overflow = await chat.Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth");
        var sendBox = await chat.SendBox.BoundingBoxAsync();

        Assert.False(overflow, "the page scrolls sideways on a phone");
        Assert.NotNull(sendBox);
        Assert.True(sendBox.Y + sendBox.Height <= 740, "the send box is below the fold");
        output.WriteLine("Screenshot: " + await chat.ScreenshotAsync("phone"));
    }

    private async Task<string> WaitForIncomingAsync(string conversationId, Func<string, bool> match)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (DateTime.UtcNow < deadline)
        {
            await using var scope = fixture.Bot.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<WsisBotDbContext>();
            var rows = await db.Transcript.Where(t => t.ConversationId == conversationId && t.Direction == TranscriptDirection.Incoming).Select(t => t.ActivityJson).ToListAsync();
            var found = rows.FirstOrDefault(match);
            if (found is not null)
            {
                return found;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("The card's submit did not reach the bot.");
    }

    private const string CardJson = """
        {
          "type": "AdaptiveCard",
          "version": "1.5",
          "body": [
            { "type": "TextBlock", "text": "Demande de temps de parole", "weight": "Bolder", "wrap": true },
            { "type": "Input.Text", "id": "organisation", "label": "Organisation", "isRequired": true, "errorMessage": "Requis / Required" }
          ],
          "actions": [
            { "type": "Action.Submit", "title": "Envoyer / Send", "data": { "form": "speakingSlot", "step": "submit" } }
          ]
        }
        """;
}
