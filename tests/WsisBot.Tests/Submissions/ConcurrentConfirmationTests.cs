using WsisBot.Knowledge;
using WsisBot.Testing;
using WsisBot.Tests.Observability;

namespace WsisBot.Tests.Submissions;

/// <summary>Many people confirming at the same moment on one instance take their reference numbers in turn.</summary>
public class ConcurrentConfirmationTests
{
    [Fact]
    public async Task Confirmations_sent_at_once_to_one_instance_get_consecutive_references_and_no_turn_runs_again()
    {
        const int people = 12;
        await using var sink = await ChannelSink.StartAsync();
        await using var bot = await BotServer.StartAsync(new Dictionary<string, string?> { ["Clock:Now"] = "2026-03-03T09:00:00Z" });
        var summaries = await Task.WhenAll(Enumerable.Range(0, people).Select(async i =>
        {
            var driver = new FormDriver(new ConnectorConversation(bot.Client, sink) { UserId = $"person-{i}" }, sink);
            var form = FormDriver.CardOf(await driver.SendAsync(SubmissionFixture.Start("TFP", Language.English)))!.Value;
            return (Driver: driver, Summary: FormDriver.CardOf(await driver.SubmitAsync(form, "submit", FormDriver.ValidValues(form)))!.Value);
        }));
        using var measured = new BotMeasurements(bot);

        var confirmations = await Task.WhenAll(summaries.Select(async flow => FormDriver.Texts(await flow.Driver.SubmitAsync(flow.Summary, "confirm"))));

        var references = confirmations.Select(c => SubmissionDialogTests.ReferencePattern().Match(c).Value).Order().ToList();
        Assert.Equal(Enumerable.Range(1, people).Select(n => $"WSIS-2026-TFP-{n:D6}"), references);
        // Without the number gate, turns read the same last number, collide and run again (and may run out of attempts).
        Assert.Equal(0, measured["wsisbot.turn.retries"]);
        Assert.Equal(people, measured["wsisbot.submissions"]);
    }
}
