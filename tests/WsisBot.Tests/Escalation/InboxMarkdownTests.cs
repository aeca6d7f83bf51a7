using System.Net;
using System.Text.RegularExpressions;

namespace WsisBot.Tests.Escalation;

/// <summary>The inbox renders the bot's markdown (its answers, staff replies) as HTML, safely; what users typed stays text.</summary>
public partial class InboxMarkdownTests(EscalationFixture fixture) : IClassFixture<EscalationFixture>
{
    [Fact]
    public async Task The_bots_markdown_replies_are_rendered()
    {
        var conversation = fixture.NewConversation();
        await conversation.AskAsync("help");
        await conversation.AskAsync("When is the deadline for the WSIS Prizes?");
        await conversation.AskAsync("human please");

        var page = await TicketPageAsync(conversation.ConversationId);

        Assert.Contains("<li>answer about <strong>deadlines</strong> (open consultation, stocktaking, prizes, speaking slots);</li>", page, StringComparison.Ordinal);
        Assert.Contains("<em>Source: letter", page, StringComparison.Ordinal);
        Assert.DoesNotContain("**deadlines**", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task What_the_user_typed_is_shown_as_text_never_interpreted()
    {
        const string typed = "**x** <script>alert(1)</script> [link](https://evil.example/) I need a human please";
        var conversation = fixture.NewConversation();
        await conversation.AskAsync(typed);

        var page = await TicketPageAsync(conversation.ConversationId);
        var list = await (await SignedInAsync()).GetHtmlAsync("/inbox");

        var shown = "**x** &lt;script&gt;alert(1)&lt;/script&gt; [link](https://evil.example/) I need a human please";
        Assert.Contains($"<div class=\"text\">{shown}</div>", page, StringComparison.Ordinal);
        Assert.Contains(shown, list, StringComparison.Ordinal);
        Assert.DoesNotContain("<strong>x</strong>", page + list, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)", page + list, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"https://evil.example", page + list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Links_in_bot_text_stay_live_only_to_http_https_and_mailto_and_open_without_an_opener()
    {
        var conversation = fixture.NewConversation();
        await conversation.AskAsync("human please");
        var ticket = await fixture.TicketAsync(conversation.ConversationId);
        var inbox = await SignedInAsync();
        var token = await inbox.TokenFromAsync($"/inbox/tickets/{ticket!.Id}");
        // A staff reply is delivered as the bot's message, markdown and all.
        const string reply = "See [the form](javascript:alert(document.cookie)), [this](JaVaScRiPt:alert(1)), [that](java&#x73;cript:alert(2)), "
            + "<javascript:alert(3)>, [data](data:text/html,<script>alert(4)</script>), ![pixel](https://tracker.example/p.png), "
            + "<b>bold</b>, [the Forum](https://www.itu.int/net4/wsis/forum/2026/) or [write to us](mailto:wsis-info@itu.int).";

        using var posted = await inbox.PostFormAsync($"/inbox/tickets/{ticket.Id}?handler=Reply", new() { ["text"] = reply, ["__RequestVerificationToken"] = token });
        var page = await inbox.GetHtmlAsync($"/inbox/tickets/{ticket.Id}");

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var hrefs = Href().Matches(page).Select(m => m.Groups["url"].Value).ToList();
        Assert.All(hrefs, url => Assert.Matches("^(/|https?://|mailto:)", url));
        Assert.Contains("""<a href="https://www.itu.int/net4/wsis/forum/2026/" rel="noopener noreferrer" target="_blank">the Forum</a>""", page, StringComparison.Ordinal);
        Assert.Contains("""<a href="mailto:wsis-info@itu.int" rel="noopener noreferrer">write to us</a>""", page, StringComparison.Ordinal);
        Assert.Contains("See the form, this, that, javascript:alert(3), data, pixel, &lt;b&gt;bold&lt;/b&gt;, ", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", page, StringComparison.Ordinal);
    }

    private async Task<string> TicketPageAsync(string conversationId)
    {
        var ticket = await fixture.TicketAsync(conversationId);
        return await (await SignedInAsync()).GetHtmlAsync($"/inbox/tickets/{ticket!.Id}");
    }

    private async Task<InboxSession> SignedInAsync()
    {
        var inbox = new InboxSession(fixture.Bot);
        (await inbox.SignInAsync(EscalationFixture.AdminUser, EscalationFixture.AdminPassword)).Dispose();
        return inbox;
    }

    [GeneratedRegex("""(?:href|src)\s*=\s*["']?(?<url>[^"'\s>]*)""", RegexOptions.IgnoreCase)]
    private static partial Regex Href();
}
