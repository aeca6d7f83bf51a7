using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace WsisBot.Browser.Tests;

/// <summary>axe-core over every page of the secretariat's inbox: sign-in, the list, a ticket, personal data.</summary>
public partial class InboxAccessibilityTests(EscalationChromiumFixture fixture, ITestOutputHelper output) : IClassFixture<EscalationChromiumFixture>
{
    [Fact]
    public async Task Every_inbox_page_has_no_accessibility_violation()
    {
        await using var chat = await fixture.OpenAsync("?lang=en");
        await chat.SeesAsync("I am WsisBot");
        await chat.SendAsync("I would like to talk to someone");
        await chat.SeesAsync("passed your request");
        var ticket = TicketNumber().Match(await chat.Page.Locator("#webchat").InnerTextAsync()).Groups[1].Value;

        var staff = await (await fixture.Browser.NewContextAsync(new() { Locale = "fr-FR" })).NewPageAsync();
        var reports = new List<AxeReport>();
        await staff.GotoAsync(new Uri(fixture.Bot.BaseAddress, "/inbox/login").ToString());
        reports.Add(await AuditAsync(staff, "inbox-login"));

        await staff.GetByLabel("Identifiant · User name").FillAsync(EscalationChromiumFixture.AdminUser);
        await staff.GetByLabel("Mot de passe · Password").FillAsync("wrong");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Se connecter · Sign in" }).ClickAsync();
        await staff.GetByRole(AriaRole.Alert).WaitForAsync();
        reports.Add(await AuditAsync(staff, "inbox-login-failed"));

        await staff.GetByLabel("Identifiant · User name").FillAsync(EscalationChromiumFixture.AdminUser);
        await staff.GetByLabel("Mot de passe · Password").FillAsync(EscalationChromiumFixture.AdminPassword);
        await staff.GetByRole(AriaRole.Button, new() { Name = "Se connecter · Sign in" }).ClickAsync();
        await staff.GetByRole(AriaRole.Heading, new() { Name = "Demandes · Tickets" }).WaitForAsync();
        reports.Add(await AuditAsync(staff, "inbox-list"));

        await staff.GotoAsync(new Uri(fixture.Bot.BaseAddress, $"/inbox/tickets/{ticket}").ToString());
        await staff.GetByText("I would like to talk to someone").First.WaitForAsync();
        reports.Add(await AuditAsync(staff, "inbox-ticket"));

        await staff.GotoAsync(new Uri(fixture.Bot.BaseAddress, "/inbox/privacy").ToString());
        await staff.GetByLabel("Canal · Channel").FillAsync("directline");
        await staff.GetByLabel("Identifiant de l'utilisateur · User id").FillAsync("nobody");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Exporter (JSON) · Export (JSON)" }).WaitForAsync();
        reports.Add(await AuditAsync(staff, "inbox-privacy"));
        await staff.Context.CloseAsync();

        Assert.True(reports.All(r => r.Failures.Count == 0), string.Join("\n\n", reports.Where(r => r.Failures.Count > 0)));
    }

    private async Task<AxeReport> AuditAsync(IPage page, string name)
    {
        var path = Path.Combine(ChromiumFixture.Artifacts, "a11y-" + name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        output.WriteLine("Screenshot: " + path);
        var report = await Axe.RunAsync(page);
        output.WriteLine(name + ": " + report);
        return report;
    }

    [GeneratedRegex(@"request no\.\s*(\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex TicketNumber();
}

/// <summary>The page /inbox shows when no sign-in is configured: the first inbox page a newcomer meets in Production.</summary>
public class ClosedInboxAccessibilityTests(ChromiumFixture fixture, ITestOutputHelper output) : IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task The_closed_inbox_page_has_no_accessibility_violation_at_all()
    {
        var page = await (await fixture.Browser.NewContextAsync()).NewPageAsync();
        await page.GotoAsync(new Uri(fixture.Bot.BaseAddress, "/inbox").ToString());

        var report = await Axe.RunAsync(page);
        output.WriteLine(report.ToString());
        await page.Context.CloseAsync();

        // Stricter than elsewhere: its moderate findings (content outside any landmark, no main) were the issue's.
        Assert.True(report.Violations.Count == 0, report.ToString());
    }
}
