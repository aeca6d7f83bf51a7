using System.Text.RegularExpressions;
using Microsoft.Playwright;
using WsisBot.Testing;
using Xunit.Abstractions;

namespace WsisBot.Browser.Tests;

/// <summary>The bot with a real SMTP server and a local admin for the inbox.</summary>
public sealed class EscalationChromiumFixture : ChromiumFixture
{
    public const string AdminUser = SecretariatSettings.AdminUser;
    public const string AdminPassword = SecretariatSettings.AdminPassword;

    public MailDev Mail { get; private set; } = null!;

    protected override IReadOnlyDictionary<string, string?> Settings => SecretariatSettings.With(Mail);

    public override async Task InitializeAsync()
    {
        Mail = await MailDev.StartAsync();
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Mail.DisposeAsync();
    }

    /// <summary>A secretariat member's page at an inbox <paramref name="path"/>, signed in on the way.</summary>
    public async Task<IPage> StaffPageAsync(string path)
    {
        var staff = await (await Browser.NewContextAsync()).NewPageAsync();
        await staff.GotoAsync(new Uri(Bot.BaseAddress, path).ToString());
        await staff.GetByLabel("Identifiant · User name").FillAsync(AdminUser);
        await staff.GetByLabel("Mot de passe · Password").FillAsync(AdminPassword);
        await staff.GetByRole(AriaRole.Button, new() { Name = "Se connecter · Sign in" }).ClickAsync();
        return staff;
    }
}

public partial class EscalationInBrowserTests(EscalationChromiumFixture fixture, ITestOutputHelper output) : IClassFixture<EscalationChromiumFixture>
{
    [Fact]
    public async Task A_web_chat_user_is_answered_by_the_secretariat_through_the_inbox()
    {
        await using var chat = await fixture.OpenAsync("?lang=fr");
        await chat.SeesAsync("Je suis WsisBot");
        await chat.SendAsync("<script>alert('x')</script> Je voudrais parler à quelqu'un");
        await chat.SeesAsync("transmis votre demande");
        var ticket = TicketNumber().Match(await chat.Page.Locator("#webchat").InnerTextAsync()).Groups[1].Value;
        Assert.NotEmpty(ticket);

        var mail = await fixture.Mail.WaitForEmailAsync($"Request no. {ticket} ");
        Assert.Contains($"/inbox/tickets/{ticket}", mail.GetProperty("text").GetString(), StringComparison.Ordinal);

        var staff = await fixture.StaffPageAsync($"/inbox/tickets/{ticket}");
        await staff.GetByText("Je voudrais parler à quelqu'un").First.WaitForAsync();
        Assert.Equal(0, await staff.Locator("main script").CountAsync());
        await staff.GetByLabel(new Regex("Votre réponse")).FillAsync("Bonjour, le secrétariat vous répond : votre badge est prêt.");
        output.WriteLine("Screenshot: " + await ChromiumFixture.ScreenshotAsync(staff, "inbox-ticket"));
        await staff.GetByRole(AriaRole.Button, new() { Name = "Envoyer · Send" }).ClickAsync();

        await chat.SeesAsync("votre badge est prêt");
        await chat.ScreenshotAsync("web-chat-staff-reply");

        await staff.GetByRole(AriaRole.Button, new() { Name = "Clore la demande · Close the ticket" }).ClickAsync();
        await staff.GetByRole(AriaRole.Heading, new() { Name = "Demandes · Tickets" }).WaitForAsync();
        Assert.Contains("Close · Closed", await staff.Locator($"tr:has(a[href='/inbox/tickets/{ticket}'])").InnerTextAsync(), StringComparison.Ordinal);
        output.WriteLine("Screenshot: " + await ChromiumFixture.ScreenshotAsync(staff, "inbox-list"));
        await staff.Context.CloseAsync();
    }

    [GeneratedRegex(@"demande n°\s*(\d+)")]
    private static partial Regex TicketNumber();
}
