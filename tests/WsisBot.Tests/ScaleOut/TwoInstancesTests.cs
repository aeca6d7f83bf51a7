using System.Text.Json.Nodes;
using WsisBot.Knowledge;
using WsisBot.Testing;
using WsisBot.Tests.Submissions;

namespace WsisBot.Tests.ScaleOut;

public class TwoInstancesTests(TwoInstancesFixture fixture) : IClassFixture<TwoInstancesFixture>
{
    [Fact]
    public async Task A_form_begun_on_one_instance_is_finished_on_the_other()
    {
        var id = $"scale-{Guid.NewGuid():N}";
        var onFirst = new FormDriver(new ConnectorConversation(fixture.First.Client, fixture.Sink, id), fixture.Sink);
        var onSecond = new FormDriver(new ConnectorConversation(fixture.Second.Client, fixture.Sink, id), fixture.Sink);

        var form = FormDriver.CardOf(await onFirst.SendAsync(SubmissionFixture.Start("PRZ", Language.French), locale: "fr-FR"))!.Value;
        var summary = FormDriver.CardOf(await onSecond.SubmitAsync(form, "submit", FormDriver.ValidValues(form), "fr-FR"))!.Value;
        var saved = FormDriver.Texts(await onFirst.SubmitAsync(summary, "confirm", locale: "fr-FR"));

        Assert.Matches(@"WSIS-2026-PRZ-\d{6}", saved);
    }

    [Fact]
    public async Task Concurrent_submissions_through_both_get_unique_references_and_none_is_lost()
    {
        const int perInstance = 8;
        // Every form reaches its summary first, then all confirm at once: the most numbers ever taken together.
        var summaries = await Task.WhenAll(Enumerable.Range(0, perInstance * 2).Select(async i =>
        {
            var bot = i % 2 == 0 ? fixture.First : fixture.Second;
            var driver = new FormDriver(new ConnectorConversation(bot.Client, fixture.Sink, $"burst-{i}-{Guid.NewGuid():N}") { UserId = $"user-{i}" }, fixture.Sink);
            var form = FormDriver.CardOf(await driver.SendAsync(SubmissionFixture.Start("TFP", Language.English)))!.Value;
            return (Driver: driver, Summary: FormDriver.CardOf(await driver.SubmitAsync(form, "submit", FormDriver.ValidValues(form)))!.Value);
        }));

        var references = await Task.WhenAll(summaries.Select(async (flow, i) =>
        {
            var confirmation = FormDriver.Texts(await flow.Driver.SubmitAsync(flow.Summary, "confirm"));
            return SubmissionDialogTests.ReferencePattern().Match(confirmation) is { Success: true } match
                ? match.Value
                : throw new Xunit.Sdk.XunitException($"Flow {i} was answered \"{confirmation}\". The bots logged:\n{fixture.ErrorLogs()}");
        }));

        Assert.Equal(perInstance * 2, references.Distinct().Count());
        var saved = (await fixture.SubmissionsAsync()).Select(s => s.Reference).ToHashSet();
        Assert.All(references, r => Assert.Contains(r, saved));
    }

    [Fact]
    public async Task Concurrent_turns_on_one_conversation_never_lose_an_update()
    {
        const int turns = 16;
        var id = $"race-{Guid.NewGuid():N}";
        var first = new ConnectorConversation(fixture.First.Client, fixture.Sink, id);
        var second = new ConnectorConversation(fixture.Second.Client, fixture.Sink, id);

        var posts = Enumerable.Range(0, turns).Select(i => (i % 2 == 0 ? first : second).PostAsync(
            (i % 2 == 0 ? first : second).Message("help", extra: a => a["id"] = JsonValue.Create($"race-{i}"))));
        foreach (var response in await Task.WhenAll(posts))
        {
            response.EnsureSuccessStatusCode();
            response.Dispose();
        }

        Assert.Equal(turns, (await fixture.StateAsync(id)).Turns);
        Assert.Equal(turns, (await fixture.Sink.WaitForMessagesAsync(id, turns)).Count);
    }
}
