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

    public Task SwitchToAsync(string buttonName) =>
        Page.GetByRole(AriaRole.Button, new() { Name = buttonName, Exact = true }).ClickAsync();

    public Task<string> ScreenshotAsync(string name) => ChromiumFixture.ScreenshotAsync(Page, name);

    public async ValueTask DisposeAsync() => await Page.Context.CloseAsync();
}
