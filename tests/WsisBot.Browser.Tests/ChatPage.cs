using Microsoft.Playwright;

namespace WsisBot.Browser.Tests;

/// <summary>The web chat page as a visitor uses it: read the transcript, type, click, switch language.</summary>
public sealed class ChatPage(IPage page, string conversationId, IReadOnlyList<string> sockets) : IAsyncDisposable
{
    public const string TokenPath = "/api/directline/token";

    public IPage Page { get; } = page;

    /// <summary>The Direct Line conversation the page opened (from the token it fetched last).</summary>
    public string ConversationId { get; private set; } = conversationId;

    /// <summary>URLs of the WebSockets the page opened, recorded from before it loaded.</summary>
    public IReadOnlyList<string> Sockets { get; } = sockets;

    public ILocator Transcript => Page.Locator("#webchat [role='log'], #webchat .webchat__basic-transcript").First;

    public ILocator SendBox => Page.Locator("#webchat [data-id='webchat-sendbox-input']");

    /// <summary>Waits until a bot or user bubble shows <paramref name="text"/>.</summary>
    public Task SeesAsync(string text) =>
        Page.Locator("#webchat").GetByText(text, new() { Exact = false }).First.WaitForAsync();

    public async Task SendAsync(string text)
    {
        await SendBox.FillAsync(text);
        await SendBox.PressAsync("Enter");
    }

    /// <summary>Reloads the page as a visitor's F5 does; <see cref="ConversationId"/> becomes the one it then has.</summary>
    public async Task ReloadAsync()
    {
        var tokenResponse = Page.WaitForResponseAsync(r => r.Url.EndsWith(TokenPath, StringComparison.Ordinal) && r.Ok);
        await Page.ReloadAsync();
        ConversationId = await ConversationOfAsync(await tokenResponse);
    }

    /// <summary>The conversation a token response of the page names.</summary>
    public static async Task<string> ConversationOfAsync(IResponse tokenResponse) =>
        (await tokenResponse.JsonAsync())!.Value.GetProperty("conversationId").GetString()!;

    /// <summary>
    /// Presses Tab (Shift+Tab when <paramref name="backwards"/>) until <paramref name="target"/> has the focus, as a
    /// keyboard user moves to a control; fails, naming each element the focus went through, when it never gets there.
    /// </summary>
    public async Task TabToAsync(ILocator target, bool backwards = false, int presses = 25)
    {
        var path = new List<string>();
        for (var i = 0; i <= presses; i++)
        {
            if (await target.EvaluateAsync<bool>("e => e === document.activeElement"))
            {
                return;
            }

            path.Add(await FocusedAsync());
            await Page.Keyboard.PressAsync(backwards ? "Shift+Tab" : "Tab");
        }

        throw new InvalidOperationException($"{(backwards ? "Shift+Tab" : "Tab")} never reached {target}; the focus went through:\n  {string.Join("\n  ", path)}");
    }

    /// <summary>
    /// From anywhere in the chat, with the keyboard alone: Escape to the send box, Shift+Tab to the transcript, the arrow
    /// keys (End, then up) to the card's message, Enter into it (Web Chat's way into a message's controls).
    /// </summary>
    public async Task KeyIntoCardAsync(ILocator card)
    {
        if (!await SendBox.EvaluateAsync<bool>("e => e === document.activeElement"))
        {
            await Page.Keyboard.PressAsync("Escape");
        }

        await TabToAsync(Page.Locator("#webchat .webchat__basic-transcript"), backwards: true);
        var handle = await card.ElementHandleAsync();
        await Page.Keyboard.PressAsync("End");
        for (var i = 0; i < 10 && !await IsActiveActivityAsync(handle); i++)
        {
            await Page.Keyboard.PressAsync("ArrowUp");
        }

        Assert.True(await IsActiveActivityAsync(handle), "the arrow keys never reached the card's message");
        await Page.Keyboard.PressAsync("Enter");
    }

    /// <summary>What has the focus: tag, class, accessible label or text, for a test's failure message.</summary>
    public Task<string> FocusedAsync() => Page.EvaluateAsync<string>(
        """
        () => {
          const e = document.activeElement;
          if (!e || e === document.body) return 'body';
          const labelledBy = (e.getAttribute('aria-labelledby') || '').split(' ').map(id => document.getElementById(id)?.innerText || '').join(' ').trim();
          return e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).split(' ')[0] : '') + ' "' +
            (e.getAttribute('aria-label') || labelledBy || e.innerText || e.value || '').slice(0, 50).replace(/\s+/g, ' ') + '"';
        }
        """);

    private Task<bool> IsActiveActivityAsync(IElementHandle card) => Page.EvaluateAsync<bool>(
        """
        card => {
          const transcript = document.querySelector('#webchat .webchat__basic-transcript');
          const active = document.getElementById(transcript.getAttribute('aria-activedescendant') || '');
          return !!active && !!active.closest('.webchat__basic-transcript__activity')?.contains(card);
        }
        """,
        card);

    public Task SwitchToAsync(string buttonName) =>
        Page.GetByRole(AriaRole.Button, new() { Name = buttonName, Exact = true }).ClickAsync();

    public Task<string> ScreenshotAsync(string name) => ChromiumFixture.ScreenshotAsync(Page, name);

    public async ValueTask DisposeAsync() => await Page.Context.CloseAsync();
}
