using System.Net;
using System.Text.Json;
using WsisBot.Knowledge;
using WsisBot.Testing;
using WsisBot.Tests.Escalation;
using WsisBot.Tests.Submissions;

namespace WsisBot.Tests.Privacy;

public class UserDataTests(EscalationFixture fixture) : IClassFixture<EscalationFixture>
{
    [Fact]
    public async Task Staff_export_then_erase_one_users_data_and_both_are_audited()
    {
        var userId = $"user-{Guid.NewGuid():N}";
        var driver = new FormDriver(new ConnectorConversation(fixture.Bot.Client, fixture.Sink) { UserId = userId }, fixture.Sink);
        var form = FormDriver.CardOf(await driver.SendAsync(SubmissionFixture.Start("TFP", Language.English)))!.Value;
        var summary = FormDriver.CardOf(await driver.SubmitAsync(form, "submit", FormDriver.ValidValues(form)))!.Value;
        await driver.SubmitAsync(summary, "confirm");
        await driver.SendAsync("human please");
        var bystander = new ConnectorConversation(fixture.Bot.Client, fixture.Sink) { UserId = $"other-{Guid.NewGuid():N}" };
        await bystander.AskAsync("help");
        var inbox = new InboxSession(fixture.Bot);
        (await inbox.SignInAsync(EscalationFixture.AdminUser, EscalationFixture.AdminPassword)).Dispose();

        var token = await inbox.TokenFromAsync("/inbox/privacy");
        using var export = await inbox.PostFormAsync("/inbox/privacy?handler=Export", new() { ["channelId"] = "emulator", ["userId"] = userId, ["__RequestVerificationToken"] = token });
        var data = JsonDocument.Parse(await export.Content.ReadAsStringAsync()).RootElement;
        using var erase = await inbox.PostFormAsync("/inbox/privacy?handler=Delete", new() { ["channelId"] = "emulator", ["userId"] = userId, ["confirm"] = "yes", ["__RequestVerificationToken"] = token });
        var page = await erase.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal(1, data.GetProperty("submissions").GetArrayLength());
        Assert.Equal(1, data.GetProperty("tickets").GetArrayLength());
        Assert.True(data.GetProperty("transcript").GetArrayLength() >= 8);
        Assert.Contains("submissions=1 tickets=1", page, StringComparison.Ordinal);
        Assert.Null(await fixture.TicketAsync(driver.Conversation.ConversationId));
        Assert.Empty(await fixture.SubmissionsOfAsync(driver.Conversation.ConversationId));
        Assert.Contains("export", page, StringComparison.Ordinal);
        Assert.Contains($"<td>{EscalationFixture.AdminUser}</td>", page, StringComparison.Ordinal);
        Assert.Contains("Here is what I can do", (await bystander.AskAsync("help")).Text, StringComparison.Ordinal);
        Assert.NotEmpty(await fixture.TranscriptOfAsync(bystander.ConversationId));
    }

    [Fact]
    public async Task Erasing_a_web_chat_user_deletes_their_feedback_and_direct_line_conversations_and_log()
    {
        // A Direct Line post returns once its turn, replies included, is logged.
        var chat = await DirectLineClient.StartAsync(fixture.Bot.Client, locale: "en-US");
        var asked = await chat.PostAsync(chat.Message("My name is Ada Lovelace, when is the Forum?", "en-US"));
        var answer = (await chat.GetActivitiesAsync()).Activities.First(a => a.IsReplyTo(asked));
        await chat.PostAsync(chat.FeedbackEvent(DirectLineClient.FeedbackAction(answer, "DislikeAction"), "en-US"));
        var bystander = await DirectLineClient.StartAsync(fixture.Bot.Client, locale: "en-US");
        await bystander.PostAsync(bystander.Message("help", "en-US"));
        var inbox = new InboxSession(fixture.Bot);
        (await inbox.SignInAsync(EscalationFixture.AdminUser, EscalationFixture.AdminPassword)).Dispose();
        var token = await inbox.TokenFromAsync("/inbox/privacy");
        Assert.NotEmpty(await fixture.DirectLineLogOfAsync(chat.ConversationId));

        using var export = await inbox.PostFormAsync("/inbox/privacy?handler=Export", new() { ["channelId"] = "directline", ["userId"] = chat.UserId, ["__RequestVerificationToken"] = token });
        var exported = JsonDocument.Parse(await export.Content.ReadAsStringAsync()).RootElement.GetProperty("feedback");
        using var erase = await inbox.PostFormAsync("/inbox/privacy?handler=Delete", new() { ["channelId"] = "directline", ["userId"] = chat.UserId, ["confirm"] = "yes", ["__RequestVerificationToken"] = token });
        var page = await erase.Content.ReadAsStringAsync();

        Assert.Equal("Dislike", Assert.Single(exported.EnumerateArray()).GetProperty("reaction").GetString());
        Assert.Contains("feedback=1", page, StringComparison.Ordinal);
        Assert.Empty(await fixture.FeedbackOfAsync(chat.ConversationId));
        Assert.Contains("directLineLog=", page, StringComparison.Ordinal);
        Assert.Empty(await fixture.DirectLineLogOfAsync(chat.ConversationId));
        Assert.Empty(await fixture.TranscriptOfAsync(chat.ConversationId));
        using var afterwards = await chat.PostActivityAsync(chat.Message("hello", "en-US"));
        Assert.Equal(HttpStatusCode.NotFound, afterwards.StatusCode);
        Assert.NotEmpty(await fixture.DirectLineLogOfAsync(bystander.ConversationId));
    }

    [Fact]
    public async Task Erasing_needs_the_confirmation()
    {
        var inbox = new InboxSession(fixture.Bot);
        (await inbox.SignInAsync(EscalationFixture.AdminUser, EscalationFixture.AdminPassword)).Dispose();
        var token = await inbox.TokenFromAsync("/inbox/privacy");

        using var erase = await inbox.PostFormAsync("/inbox/privacy?handler=Delete", new() { ["channelId"] = "emulator", ["userId"] = "someone", ["__RequestVerificationToken"] = token });

        Assert.Contains("Tick the confirmation to erase", await erase.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
