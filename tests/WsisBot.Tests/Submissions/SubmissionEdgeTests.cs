using System.Text.Json;
using System.Text.Json.Nodes;
using WsisBot.Knowledge;
using WsisBot.Testing;

namespace WsisBot.Tests.Submissions;

public class SubmissionEdgeTests(SubmissionFixture fixture) : IClassFixture<SubmissionFixture>
{
    [Fact]
    public async Task Hostile_field_values_are_refused_or_kept_as_inert_text()
    {
        var driver = fixture.NewDriver();
        var form = FormDriver.CardOf(await driver.SendAsync(SubmissionFixture.Start("OCP", Language.English)))!.Value;
        var values = FormDriver.ValidValues(form);
        values["title"] = new string('x', 10 * 1024);
        values["contribution"] = "<script>alert('x')</script> [click](javascript:alert(1))\u0000\u0008";
        values["isAdmin"] = "true";
        values["reference"] = "WSIS-2026-OCP-000001";

        var refused = await driver.SubmitAsync(form, "submit", values);

        Assert.Contains("Too long: at most 200 characters (you have 10240)", FormDriver.CardOf(refused)!.Value.GetRawText(), StringComparison.Ordinal);
        values["title"] = "A fair title";
        var again = FormDriver.CardOf(refused)!.Value;
        var summary = FormDriver.CardOf(await driver.SubmitAsync(again, "submit", values))!.Value;
        var shown = summary.GetProperty("body")[2].GetProperty("facts").EnumerateArray().Select(f => f.GetProperty("value").GetString()).ToList();
        Assert.Contains(@"\<script\>alert\('x'\)\</script\> \[click\]\(javascript:alert\(1\)\)", shown);

        await driver.SubmitAsync(summary, "confirm");
        var record = Assert.Single(await fixture.SubmissionsAsync(driver.Conversation.ConversationId));
        var fields = JsonDocument.Parse(record.FieldsJson).RootElement;
        Assert.Equal("<script>alert('x')</script> [click](javascript:alert(1))", fields.GetProperty("contribution").GetString());
        Assert.False(fields.TryGetProperty("isAdmin", out _));
        Assert.False(fields.TryGetProperty("reference", out _));
    }

    [Fact]
    public async Task My_submissions_lists_shows_and_withdraws_only_my_own()
    {
        var alice = fixture.NewDriver();
        var reference = await SubmitTrustFundPledgeAsync(alice);
        var bob = new FormDriver(new ConnectorConversation(fixture.Bot.Client, fixture.Sink) { UserId = "bob" }, fixture.Sink);

        var list = FormDriver.Texts(await alice.SendAsync("mes soumissions", locale: "fr-FR"));
        var shown = FormDriver.Texts(await alice.SendAsync($"afficher {reference}", locale: "fr-FR"));
        var bobTries = FormDriver.Texts(await bob.SendAsync($"withdraw {reference}"));
        var withdrawn = FormDriver.Texts(await alice.SendAsync($"withdraw {reference}"));

        Assert.Contains(reference, list, StringComparison.Ordinal);
        Assert.Contains("reçue", list, StringComparison.Ordinal);
        Assert.Contains("Suisse", shown, StringComparison.Ordinal);
        Assert.Contains("I find no submission", bobTries, StringComparison.Ordinal);
        Assert.Contains("is withdrawn", withdrawn, StringComparison.Ordinal);
        Assert.Equal(WsisBot.Data.Submissions.SubmissionStatus.Withdrawn, Assert.Single(await fixture.SubmissionsAsync(alice.Conversation.ConversationId)).Status);
    }

    [Fact]
    public async Task Asking_what_can_be_submitted_lists_every_form_with_its_state()
    {
        var driver = fixture.NewDriver();

        var replies = await driver.SendAsync("I want to submit something");

        var text = FormDriver.Texts(replies);
        Assert.Contains("WSIS Prizes submission or nomination — open until 15 March 2026", text, StringComparison.Ordinal);
        Assert.Contains("Trust Fund pledge — open", text, StringComparison.Ordinal);
        Assert.True(replies[^1].Activity.GetProperty("suggestedActions").GetProperty("actions").GetArrayLength() >= 1);
    }

    private static async Task<string> SubmitTrustFundPledgeAsync(FormDriver driver)
    {
        var form = FormDriver.CardOf(await driver.SendAsync(SubmissionFixture.Start("TFP", Language.French), locale: "fr-FR"))!.Value;
        var summary = FormDriver.CardOf(await driver.SubmitAsync(form, "submit", FormDriver.ValidValues(form), "fr-FR"))!.Value;
        var saved = await driver.SubmitAsync(summary, "confirm", locale: "fr-FR");
        return SubmissionDialogTests.ReferencePattern().Match(FormDriver.Texts(saved)).Value;
    }
}

/// <summary>On 16 March 2026 the Prizes call (15 March) has closed; the open consultation (20 March) has not.</summary>
public class ClosedCallFixture : SubmissionFixture
{
    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Clock:Now"] = "2026-03-16T09:00:00Z",
    };
}

public class ClosedCallTests(ClosedCallFixture fixture) : IClassFixture<ClosedCallFixture>
{
    [Fact]
    public async Task A_closed_call_says_so_with_its_date_and_offers_what_is_open()
    {
        var driver = fixture.NewDriver();

        var replies = await driver.SendAsync(SubmissionFixture.Start("PRZ", Language.French), locale: "fr-FR");

        var text = FormDriver.Texts(replies);
        Assert.Contains("est clos depuis le 15 mars 2026", text, StringComparison.Ordinal);
        Assert.Contains("Contribution au processus de consultation ouverte", text, StringComparison.Ordinal);
        Assert.Null(FormDriver.CardOf(replies));
        var offers = replies[^1].Activity.GetProperty("suggestedActions").GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("title").GetString()).ToList();
        Assert.DoesNotContain("Soumission ou proposition pour les Prix du SMSI", offers);
    }
}

public class SubmissionRestartTests
{
    [Fact]
    public async Task A_form_begun_before_a_restart_is_finished_after_it()
    {
        await using var sink = await ChannelSink.StartAsync();
        var databasePath = TempFiles.NewDatabasePath();
        var settings = new Dictionary<string, string?> { ["Clock:Now"] = "2026-03-03T09:00:00Z" };
        var conversationId = $"restart-form-{Guid.NewGuid():N}";
        JsonElement form;

        await using (var first = await BotServer.StartAsync(settings, databasePath))
        {
            var driver = new FormDriver(new ConnectorConversation(first.Client, sink, conversationId), sink);
            form = FormDriver.CardOf(await driver.SendAsync(SubmissionFixture.Start("PTN", Language.English)))!.Value;
        }

        await using var second = await BotServer.StartAsync(settings, databasePath);
        var resumed = new FormDriver(new ConnectorConversation(second.Client, sink, conversationId), sink);
        var summary = FormDriver.CardOf(await resumed.SubmitAsync(form, "submit", FormDriver.ValidValues(form)))!.Value;
        var saved = FormDriver.Texts(await resumed.SubmitAsync(summary, "confirm"));

        Assert.Matches(@"WSIS-2026-PTN-\d{6}", saved);
    }
}
