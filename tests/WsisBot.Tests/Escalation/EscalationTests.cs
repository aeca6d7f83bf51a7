using System.Net;
using WsisBot.Data.Escalation;
using WsisBot.Knowledge;
using WsisBot.Tests.Submissions;

namespace WsisBot.Tests.Escalation;

public class EscalationTests(EscalationFixture fixture) : IClassFixture<EscalationFixture>
{
    [Theory]
    [InlineData("human please", "en-US", "passed your request to the WSIS Forum secretariat")]
    [InlineData("Je voudrais parler à quelqu'un", "fr-FR", "transmis votre demande au secrétariat")]
    public async Task Asking_for_a_person_opens_a_ticket_and_says_what_happens_next(string text, string locale, string expected)
    {
        var conversation = fixture.NewConversation();

        var reply = await conversation.AskAsync(text, locale);

        Assert.Contains(expected, reply.Text, StringComparison.Ordinal);
        var ticket = await fixture.TicketAsync(conversation.ConversationId);
        Assert.NotNull(ticket);
        Assert.Equal(TicketStatus.Open, ticket.Status);
        Assert.Equal(TicketReason.UserAsked, ticket.Reason);
        Assert.Equal(locale, ticket.Language);
        Assert.Equal("emulator", ticket.ChannelId);
        Assert.Contains(fixture.Sink.ServiceUrl, ticket.ConversationReferenceJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_secretariat_gets_an_email_with_a_link_to_the_ticket()
    {
        var conversation = fixture.NewConversation();
        await conversation.AskAsync("talk to someone");
        var ticket = await fixture.TicketAsync(conversation.ConversationId);

        var mail = await fixture.Mail.WaitForEmailAsync($"Request no. {ticket!.Id} ");

        Assert.Equal("wsis-secretariat@itu.example", mail.GetProperty("to")[0].GetProperty("address").GetString());
        Assert.Contains($"https://wsisbot.example.org/inbox/tickets/{ticket.Id}", mail.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains("talk to someone", mail.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_secretariats_Teams_channel_gets_a_card_for_the_ticket()
    {
        var conversation = fixture.NewConversation();
        await conversation.AskAsync("speak to a person");
        var ticket = await fixture.TicketAsync(conversation.ConversationId);

        var posts = await WaitForCardAsync(ticket!.Id);

        Assert.Contains($"Request no. {ticket.Id}", posts, StringComparison.Ordinal);
    }

    private async Task<string> WaitForCardAsync(long ticketId)
    {
        for (var i = 0; i < 150; i++)
        {
            var cards = fixture.Sink.Messages(EscalationFixture.TeamsChannel).Select(m => m.Activity.GetRawText()).Where(t => t.Contains($"Request no. {ticketId}\"", StringComparison.Ordinal)).ToList();
            if (cards.Count > 0)
            {
                return cards[0];
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"No Teams card for ticket {ticketId}.");
    }

    [Fact]
    public async Task An_unanswerable_question_offers_the_secretariat_and_accepting_hands_it_over()
    {
        var conversation = fixture.NewConversation();

        var abstained = await conversation.AskAsync("Quel temps fera-t-il à Genève en juillet ?", "fr-FR");
        var offer = abstained.Activity.GetProperty("suggestedActions").GetProperty("actions")[0].GetProperty("value").GetString()!;
        var handedOver = await conversation.AskAsync(offer, "fr-FR");

        Assert.Equal("Parler à quelqu'un", offer);
        Assert.Contains("transmis votre demande", handedOver.Text, StringComparison.Ordinal);
        var ticket = await fixture.TicketAsync(conversation.ConversationId);
        Assert.Equal(TicketReason.Unanswered, ticket!.Reason);
        Assert.Equal("Quel temps fera-t-il à Genève en juillet ?", ticket.Question);
    }

    [Theory]
    [InlineData("Oui, s'il vous plaît", "fr-FR", "transmis votre demande")]
    [InlineData("yes please", "en-US", "passed your request to the WSIS Forum secretariat")]
    public async Task Answering_yes_to_the_offer_hands_over_the_unanswered_question(string yes, string locale, string expected)
    {
        var conversation = fixture.NewConversation();

        await conversation.AskAsync("Quel temps fera-t-il à Genève en juillet ?", locale);
        var handedOver = await conversation.AskAsync(yes, locale);

        Assert.Contains(expected, handedOver.Text, StringComparison.Ordinal);
        var ticket = await fixture.TicketAsync(conversation.ConversationId);
        Assert.Equal(TicketReason.Unanswered, ticket!.Reason);
        Assert.Equal("Quel temps fera-t-il à Genève en juillet ?", ticket.Question);
    }

    [Fact]
    public async Task Answering_no_to_the_offer_opens_no_ticket()
    {
        var conversation = fixture.NewConversation();

        await conversation.AskAsync("What's the weather like in Geneva in July?");
        var declined = await conversation.AskAsync("no thanks");
        var yesLater = await conversation.AskAsync("yes");

        Assert.Contains("What else can I do for you?", declined.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("passed your request", yesLater.Text, StringComparison.Ordinal);
        Assert.Null(await fixture.TicketAsync(conversation.ConversationId));
    }

    [Fact]
    public async Task Failing_a_form_step_three_times_hands_over_with_the_form_data()
    {
        var driver = new FormDriver(fixture.NewConversation(), fixture.Sink);
        await driver.SendAsync(SubmissionFixture.Start("TFP", Language.English));
        await driver.SendAsync("Example Foundation");
        await driver.SendAsync("Ana Silva");

        await driver.SendAsync("nope");
        await driver.SendAsync("still nope");
        var third = await driver.SendAsync("nope again");

        Assert.Contains("told the secretariat", FormDriver.Texts(third), StringComparison.Ordinal);
        var ticket = await fixture.TicketAsync(driver.Conversation.ConversationId);
        Assert.Equal(TicketReason.FormFailures, ticket!.Reason);
        Assert.Equal("Example Foundation", ticket.Organisation);
        Assert.Contains("Ana Silva", ticket.FormDataJson, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Je voudrais parler à une vraie personne", "fr-FR", "transmis votre demande au secrétariat", "Nom de la personne de contact")]
    [InlineData("Can I speak to a real person?", "en-US", "passed your request to the WSIS Forum secretariat", "Contact person's name")]
    public async Task Asking_for_a_person_mid_form_opens_a_ticket_with_the_form_so_far_and_the_form_goes_on(string text, string locale, string expected, string pendingField)
    {
        var driver = new FormDriver(fixture.NewConversation(), fixture.Sink);
        await driver.SendAsync(SubmissionFixture.Start("TFP", LanguageExtensions.FromLocale(locale)!.Value), locale: locale);
        await driver.SendAsync("Example Foundation", locale: locale);

        var replies = await driver.SendAsync(text, locale: locale);

        Assert.Contains(expected, FormDriver.Texts(replies), StringComparison.Ordinal);
        var ticket = await fixture.TicketAsync(driver.Conversation.ConversationId);
        Assert.NotNull(ticket);
        Assert.Equal(TicketReason.UserAsked, ticket.Reason);
        Assert.Equal(text, ticket.Question);
        Assert.Equal("Example Foundation", ticket.Organisation);
        Assert.Equal("Example Foundation", SubmissionDialogTests.InputValue(FormDriver.CardOf(replies)!.Value, "organisation"));
        Assert.Contains($"**{pendingField}**", FormDriver.Texts(replies), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_request_adds_to_the_open_ticket()
    {
        var conversation = fixture.NewConversation();
        await conversation.AskAsync("human please");

        var again = await conversation.AskAsync("agent");

        Assert.Contains("already has your request", again.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_read_reply_into_the_users_Teams_conversation_and_close()
    {
        var conversation = fixture.NewConversation(channelId: "msteams");
        await conversation.AskAsync("<script>alert('pwned')</script> I need a human please");
        await conversation.AskAsync("Also: my badge <b>never</b> arrived");
        var ticket = await fixture.TicketAsync(conversation.ConversationId);
        var inbox = new InboxSession(fixture.Bot);
        (await inbox.SignInAsync(EscalationFixture.AdminUser, EscalationFixture.AdminPassword)).Dispose();

        var list = await inbox.GetHtmlAsync("/inbox?status=Open");
        var page = await inbox.GetHtmlAsync($"/inbox/tickets/{ticket!.Id}");
        var token = await inbox.TokenFromAsync($"/inbox/tickets/{ticket.Id}");
        using var replied = await inbox.PostFormAsync($"/inbox/tickets/{ticket.Id}?handler=Reply", new() { ["text"] = "Your badge is ready at Palexpo.", ["__RequestVerificationToken"] = token });

        Assert.Contains($"/inbox/tickets/{ticket.Id}", list, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#x27;pwned&#x27;)&lt;/script&gt;", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", page, StringComparison.Ordinal);
        Assert.Contains("my badge &lt;b&gt;never&lt;/b&gt; arrived", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, replied.StatusCode);
        var delivered = (await fixture.Sink.WaitForMessagesAsync(conversation.ConversationId, 3))[^1];
        Assert.Contains("Your badge is ready at Palexpo.", delivered.Text, StringComparison.Ordinal);
        Assert.Equal(conversation.UserId, delivered.Activity.GetProperty("recipient").GetProperty("id").GetString());
        Assert.Equal("msteams", delivered.Activity.GetProperty("channelId").GetString());
        Assert.Contains("Your badge is ready at Palexpo.", await inbox.GetHtmlAsync($"/inbox/tickets/{ticket.Id}"), StringComparison.Ordinal);
        Assert.Equal(TicketStatus.Answered, (await fixture.TicketAsync(conversation.ConversationId))!.Status);

        var closeToken = await inbox.TokenFromAsync($"/inbox/tickets/{ticket.Id}");
        (await inbox.PostFormAsync($"/inbox/tickets/{ticket.Id}?handler=Close", new() { ["__RequestVerificationToken"] = closeToken })).Dispose();
        Assert.Equal(TicketStatus.Closed, (await fixture.TicketAsync(conversation.ConversationId))!.Status);
    }

    [Fact]
    public async Task The_inbox_refuses_anonymous_visitors()
    {
        using var response = await fixture.Bot.CreateClient(followRedirects: false).GetAsync(new Uri("/inbox", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/inbox/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_password_does_not_sign_in()
    {
        var inbox = new InboxSession(fixture.Bot);

        using var response = await inbox.SignInAsync(EscalationFixture.AdminUser, "wrong password");
        using var after = await inbox.Client.GetAsync(new Uri("/inbox", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Wrong user name or password", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }

    [Fact]
    public async Task A_form_post_without_the_antiforgery_token_is_rejected()
    {
        var conversation = fixture.NewConversation();
        await conversation.AskAsync("human please");
        var ticket = await fixture.TicketAsync(conversation.ConversationId);
        var inbox = new InboxSession(fixture.Bot);
        (await inbox.SignInAsync(EscalationFixture.AdminUser, EscalationFixture.AdminPassword)).Dispose();

        using var response = await inbox.PostFormAsync($"/inbox/tickets/{ticket!.Id}?handler=Close", []);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(TicketStatus.Open, (await fixture.TicketAsync(conversation.ConversationId))!.Status);
    }
}
