using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WsisBot.Bot.Escalation;
using WsisBot.Data;
using WsisBot.Testing;
using WsisBot.Tests.Escalation;

namespace WsisBot.Tests.Fuzz;

/// <summary>
/// The bot with every endpoint open to the fuzz: the inbox with a local admin signed in, limits per conversation
/// high enough that hostile requests reach the handlers rather than the limiter, two started Direct Line
/// conversations (one to fuzz, one whose token is "another conversation's"), a real ticket (the other conversation
/// asked for a person), and a Bot Connector conversation.
/// </summary>
public sealed class FuzzFixture : BotFixture
{
    public DirectLineClient Fuzzed { get; private set; } = null!;

    public DirectLineClient Other { get; private set; } = null!;

    public ConnectorConversation Connector { get; private set; } = null!;

    public long TicketId { get; private set; }

    /// <summary>The signed-in staff member's Cookie header (authentication and anti-forgery cookies) and a form token that goes with it.</summary>
    public (string Cookies, string Token) Staff { get; private set; }

    /// <summary>An anonymous visitor's anti-forgery cookie and token (from the login page).</summary>
    public (string Cookies, string Token) Visitor { get; private set; }

    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Clock:Now"] = "2026-03-03T09:00:00Z",
        ["Inbox:AdminUserName"] = SecretariatSettings.AdminUser,
        ["Inbox:AdminPasswordHash"] = InboxPasswords.Hash(SecretariatSettings.AdminPassword),
        ["DirectLine:ActivitiesPerSecondPerConversation"] = "100000",
        ["DirectLine:ActivityBurstPerConversation"] = "100000",
        ["RateLimits:ConversationTurnsPerSecond"] = "100000",
        ["RateLimits:ConversationBurst"] = "100000",
    };

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Fuzzed = await DirectLineClient.StartAsync(Bot.Client, locale: "en-US");
        Other = await DirectLineClient.StartAsync(Bot.Client, locale: "en-US");
        var asked = await Other.PostAsync(Other.Message("human please", "en-US"));
        await Other.PollForAsync(a => a.IsReplyTo(asked));
        TicketId = await TicketOfAsync(Other.ConversationId);
        Connector = new ConnectorConversation(Bot.Client, Sink, $"fuzz-{Guid.NewGuid():N}") { UserId = "fuzz-user", BotId = "bot" };
        Staff = await SignInAsync();
        Visitor = await VisitAsync();
    }

    private async Task<long> TicketOfAsync(string conversationId)
    {
        await using var scope = Bot.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WsisBotDbContext>();
        return await db.Tickets.Where(t => t.ConversationId == conversationId).Select(t => t.Id).SingleAsync();
    }

    private async Task<(string Cookies, string Token)> SignInAsync()
    {
        var inbox = new InboxSession(Bot);
        using var signedIn = await inbox.SignInAsync(SecretariatSettings.AdminUser, SecretariatSettings.AdminPassword);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var token = await inbox.TokenFromAsync("/inbox/privacy");
        return (inbox.Cookies.GetCookieHeader(Bot.BaseAddress), token);
    }

    private async Task<(string Cookies, string Token)> VisitAsync()
    {
        var visitor = new InboxSession(Bot);
        var token = await visitor.TokenFromAsync("/inbox/login");
        return (visitor.Cookies.GetCookieHeader(Bot.BaseAddress), token);
    }
}
