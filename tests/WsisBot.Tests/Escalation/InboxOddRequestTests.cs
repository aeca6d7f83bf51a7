using System.Net;

namespace WsisBot.Tests.Escalation;

/// <summary>
/// Requests no form of the inbox sends, from a signed-in member (the fuzz found both kinds as 500s). One sign-in
/// per test: the login page allows ten requests a minute.
/// </summary>
public class InboxOddRequestTests(EscalationFixture fixture) : IClassFixture<EscalationFixture>
{
    [Fact]
    public async Task A_request_for_no_handler_of_the_ticket_page_is_a_405()
    {
        var conversation = fixture.NewConversation();
        await conversation.AskAsync("human please");
        var ticket = await fixture.TicketAsync(conversation.ConversationId);
        var inbox = new InboxSession(fixture.Bot);
        (await inbox.SignInAsync(EscalationFixture.AdminUser, EscalationFixture.AdminPassword)).Dispose();
        var token = await inbox.TokenFromAsync($"/inbox/tickets/{ticket!.Id}");

        var statuses = new List<HttpStatusCode>();
        foreach (var (method, query) in new[] { ("PATCH", ""), ("TRACE", ""), ("POST", ""), ("POST", "?handler=Nope") })
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), new Uri($"/inbox/tickets/{ticket.Id}{query}", UriKind.Relative))
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }),
            };
            using var response = await inbox.Client.SendAsync(request);
            statuses.Add(response.StatusCode);
        }

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.MethodNotAllowed, status));
        Assert.Contains("Demande n°", await inbox.GetHtmlAsync($"/inbox/tickets/{ticket.Id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_privacy_post_without_the_person_says_what_is_missing()
    {
        var inbox = new InboxSession(fixture.Bot);
        (await inbox.SignInAsync(EscalationFixture.AdminUser, EscalationFixture.AdminPassword)).Dispose();
        var token = await inbox.TokenFromAsync("/inbox/privacy");

        using var export = await inbox.PostFormAsync("/inbox/privacy?handler=Export", new() { ["userId"] = "someone", ["__RequestVerificationToken"] = token });
        using var erase = await inbox.PostFormAsync("/inbox/privacy?handler=Delete", new() { ["channelId"] = " ", ["confirm"] = "yes", ["__RequestVerificationToken"] = token });

        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal(HttpStatusCode.OK, erase.StatusCode);
        Assert.Contains("Give the channel and the user id.", await export.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Give the channel and the user id.", await erase.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
