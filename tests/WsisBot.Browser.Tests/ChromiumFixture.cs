using Microsoft.Playwright;
using WsisBot.Testing;

namespace WsisBot.Browser.Tests;

/// <summary>
/// One bot and one Chromium for a test class; each test opens its own page (its own conversation).
/// Screenshots go to <see cref="Artifacts"/>, printed in the test output.
/// </summary>
public class ChromiumFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private IPlaywright? _playwright;

    public BotServer Bot { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public static string Artifacts { get; } = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artifacts")).FullName;

    protected virtual IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Clock:Now"] = "2026-03-03T09:00:00Z",
    };

    public virtual async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: install Debian's chromium (test.sh does).");
        }

        Bot = await BotServer.StartAsync(Settings);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>A fresh browser context (no shared storage) with the page at <paramref name="query"/>; <paramref name="beforeLoad"/> may route its requests.</summary>
    public async Task<ChatPage> OpenAsync(string query = "", int width = 1024, int height = 768, Func<IPage, Task>? beforeLoad = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "fr-FR",
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(20_000);
        // The first load in a fresh Chromium compiles Web Chat's 3.9 MB bundle; on a busy 2-core CI box that took > 20 s once.
        page.SetDefaultNavigationTimeout(60_000);
        if (beforeLoad is not null)
        {
            await beforeLoad(page);
        }

        var sockets = new List<string>();
        page.WebSocket += (_, socket) => sockets.Add(socket.Url);
        var tokenResponse = page.WaitForResponseAsync(r => r.Url.EndsWith(ChatPage.TokenPath, StringComparison.Ordinal));
        await page.GotoAsync(new Uri(Bot.BaseAddress, "/" + query).ToString());
        return new ChatPage(page, await ChatPage.ConversationOfAsync(await tokenResponse), sockets);
    }

    /// <summary>A full-page screenshot in <see cref="Artifacts"/>; returns its path.</summary>
    public static async Task<string> ScreenshotAsync(IPage page, string name)
    {
        var path = Path.Combine(Artifacts, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    public virtual async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (Bot is not null)
        {
            await Bot.DisposeAsync();
        }
    }
}
