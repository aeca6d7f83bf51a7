using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using WsisBot.Knowledge;
using WsisBot.Testing;
using WsisBot.Tests.Submissions;

namespace WsisBot.Tests.Teams;

public class TeamsTests(SubmissionFixture fixture) : IClassFixture<SubmissionFixture>
{
    private ConnectorConversation Conversation(string id) => new(fixture.Bot.Client, fixture.Sink, id, "msteams");

    [Fact]
    public async Task A_personal_message_is_answered_without_a_mention()
    {
        var id = $"a:1{Guid.NewGuid():N}";

        using var response = await Conversation(id).PostAsync(TeamsPayloads.PersonalMessage(fixture.Sink.ServiceUrl, id, "help"));

        response.EnsureSuccessStatusCode();
        var reply = Assert.Single(await fixture.Sink.WaitForMessagesAsync(id));
        Assert.Contains("Here is what I can do", reply.Text, StringComparison.Ordinal);
        Assert.Equal(TeamsPayloads.BotId, reply.Activity.GetProperty("from").GetProperty("id").GetString());
        Assert.Equal(Uri.EscapeDataString(id), reply.Path.Split('/')[3]);
    }

    [Fact]
    public async Task In_a_channel_the_bot_answers_only_when_mentioned_and_without_the_mention()
    {
        var id = $"19:d5a1c1b9b8f04f0aa2f1e7a8f4f2a0c1@thread.tacv2;messageid={Random.Shared.NextInt64(1_000_000_000_000, 9_999_999_999_999)}";
        var conversation = Conversation(id);

        (await conversation.PostAsync(TeamsPayloads.ChannelMessage(fixture.Sink.ServiceUrl, id, "help", mention: false))).EnsureSuccessStatusCode();
        (await conversation.PostAsync(TeamsPayloads.ChannelMessage(fixture.Sink.ServiceUrl, id, "help", mention: true))).EnsureSuccessStatusCode();

        var reply = Assert.Single(await fixture.Sink.WaitForMessagesAsync(id));
        Assert.Contains("Here is what I can do", reply.Text, StringComparison.Ordinal);
        Assert.Equal(Uri.EscapeDataString(id), reply.Path.Split('/')[3]);
        await Task.Delay(200);
        Assert.Single(fixture.Sink.Messages(id));
    }

    [Fact]
    public async Task Installing_the_bot_sends_the_bilingual_welcome_once()
    {
        var id = $"a:1{Guid.NewGuid():N}";
        var conversation = Conversation(id);

        (await conversation.PostAsync(TeamsPayloads.PersonalInstall(fixture.Sink.ServiceUrl, id))).EnsureSuccessStatusCode();
        (await conversation.PostAsync(TeamsPayloads.PersonalInstall(fixture.Sink.ServiceUrl, id))).EnsureSuccessStatusCode();

        var welcome = Assert.Single(await fixture.Sink.WaitForMessagesAsync(id));
        Assert.Contains("Bonjour", welcome.Text, StringComparison.Ordinal);
        Assert.Contains("Hello", welcome.Text, StringComparison.Ordinal);
        await Task.Delay(200);
        Assert.Single(fixture.Sink.Messages(id));
    }

    [Fact]
    public async Task A_card_submit_wrapped_by_Teams_works_like_any_submit()
    {
        var id = $"a:1{Guid.NewGuid():N}";
        var driver = new FormDriver(Conversation(id), fixture.Sink);
        var form = FormDriver.CardOf(await driver.SendAsync(SubmissionFixture.Start("PTN", Language.English)))!.Value;
        var data = FormDriver.SubmitData(form, "submit", FormDriver.ValidValues(form));

        var before = fixture.Sink.Messages(id).Count;
        (await driver.Conversation.PostAsync(TeamsPayloads.CardSubmitWithMsTeams(fixture.Sink.ServiceUrl, id, data))).EnsureSuccessStatusCode();

        var replies = (await fixture.Sink.WaitForMessagesAsync(id, before + 1)).Skip(before).ToList();
        Assert.Equal("Check your submission", FormDriver.CardOf(replies)!.Value.GetProperty("body")[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task An_adaptiveCard_action_invoke_gets_the_next_card_in_its_response()
    {
        var id = $"a:1{Guid.NewGuid():N}";
        var driver = new FormDriver(Conversation(id), fixture.Sink);
        var form = FormDriver.CardOf(await driver.SendAsync(SubmissionFixture.Start("TFP", Language.English)))!.Value;
        var data = FormDriver.SubmitData(form, "submit", FormDriver.ValidValues(form));

        using var response = await driver.Conversation.PostAsync(TeamsPayloads.AdaptiveCardAction(fixture.Sink.ServiceUrl, id, data));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(200, body.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.card.adaptive", body.GetProperty("type").GetString());
        var card = body.GetProperty("value");
        Assert.Equal("1.5", card.GetProperty("version").GetString());
        Assert.Equal("Check your submission", card.GetProperty("body")[0].GetProperty("text").GetString());

        var confirm = FormDriver.ActionData(card, "confirm");
        using var confirmed = await driver.Conversation.PostAsync(TeamsPayloads.AdaptiveCardAction(fixture.Sink.ServiceUrl, id, confirm));
        var confirmation = (await confirmed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("value");
        Assert.Equal("Submission saved", confirmation.GetProperty("body")[0].GetProperty("text").GetString());
        Assert.Single(await fixture.SubmissionsAsync(id));
    }
}
