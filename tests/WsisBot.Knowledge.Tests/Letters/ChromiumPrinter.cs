using Microsoft.Playwright;

namespace WsisBot.Knowledge.Tests.Letters;

/// <summary>Debian's Chromium, printing HTML to PDF as a browser's "Save as PDF" does; one browser for the test collection.</summary>
public sealed class ChromiumPrinter : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: install Debian's chromium (test.sh does).");
        }

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update"],
        });
    }

    public async Task<byte[]> PrintAsync(string html)
    {
        var page = await _browser!.NewPageAsync();
        try
        {
            await page.SetContentAsync(html);
            return await page.PdfAsync(new PagePdfOptions { PreferCSSPageSize = true, PrintBackground = true });
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    /// <summary>A corpus letter's text laid out as <see cref="LetterHtml"/> does, printed.</summary>
    public Task<byte[]> PrintLetterAsync(string text, PrintStyle? style = null) => PrintAsync(LetterHtml.From(text, style ?? new PrintStyle()));

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class ChromiumCollection : ICollectionFixture<ChromiumPrinter>
{
    public const string Name = "Chromium";
}
