using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using WsisBot.Bot.Submissions;
using WsisBot.Knowledge;

namespace WsisBot.Tests.Submissions;

public partial class SubmissionDialogTests(SubmissionFixture fixture) : IClassFixture<SubmissionFixture>
{
    public static TheoryData<string, string> EveryKindInBothLanguages()
    {
        var data = new TheoryData<string, string>();
        foreach (var form in SubmissionForms.All)
        {
            data.Add(form.Code, "fr-FR");
            data.Add(form.Code, "en-US");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryKindInBothLanguages))]
    public async Task Every_kind_goes_from_intro_to_a_saved_reference(string code, string locale)
    {
        var language = LanguageExtensions.FromLocale(locale)!.Value;
        var driver = fixture.NewDriver();

        var intro = await driver.SendAsync(SubmissionFixture.Start(code, language), locale: locale);
        var form = FormDriver.CardOf(intro)!.Value;
        Assert.Equal("1.5", form.GetProperty("version").GetString());
        Assert.Contains(SubmissionForms.ForCode(code)!.Title(language), FormDriver.Texts(intro), StringComparison.Ordinal);

        var summary = FormDriver.CardOf(await driver.SubmitAsync(form, "submit", FormDriver.ValidValues(form), locale))!.Value;
        Assert.Equal(language.Pick("Vérifiez votre demande", "Check your submission"), summary.GetProperty("body")[0].GetProperty("text").GetString());

        var saved = await driver.SubmitAsync(summary, "confirm", locale: locale);

        var reference = ReferencePattern().Match(FormDriver.Texts(saved)).Value;
        Assert.Matches($"^WSIS-2026-{code}-\\d{{6}}$", reference);
        var record = Assert.Single(await fixture.SubmissionsAsync(driver.Conversation.ConversationId));
        Assert.Equal(reference, record.Reference);
        Assert.Equal(locale == "fr-FR" ? "fr-FR" : "en-US", record.Language);
        var fields = JsonDocument.Parse(record.FieldsJson).RootElement;
        Assert.Equal("ana.silva@example.org", fields.GetProperty("email").GetString());
        Assert.Equal("CH", fields.GetProperty("country").GetString());
    }

    [Fact]
    public async Task The_intro_gives_the_deadline_from_the_letters_and_the_days_left()
    {
        var driver = fixture.NewDriver();

        var intro = FormDriver.Texts(await driver.SendAsync(SubmissionFixture.Start("PRZ", Language.English)));

        Assert.Contains("15 March 2026", intro, StringComparison.Ordinal);
        Assert.Contains("12 days left", intro, StringComparison.Ordinal);
        Assert.Contains("Source: letter SMSI 2026", intro, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_fields_come_back_with_errors_next_to_them_and_the_other_values_kept()
    {
        var driver = fixture.NewDriver();
        var form = FormDriver.CardOf(await driver.SendAsync(SubmissionFixture.Start("OCP", Language.English)))!.Value;
        var values = FormDriver.ValidValues(form);
        values["email"] = "not-an-email";
        values["country"] = "Atlantis";
        values["title"] = "";

        var replies = await driver.SubmitAsync(form, "submit", values);

        Assert.Contains("3 field(s) to correct", FormDriver.Texts(replies), StringComparison.Ordinal);
        var again = FormDriver.CardOf(replies)!.Value;
        var body = again.GetProperty("body").EnumerateArray().ToList();
        Assert.Contains(body, e => e.TryGetProperty("color", out var c) && c.GetString() == "Attention" && e.GetProperty("text").GetString()!.Contains("e-mail", StringComparison.Ordinal));
        Assert.Contains(body, e => e.TryGetProperty("color", out var c) && c.GetString() == "Attention" && e.GetProperty("text").GetString()!.Contains("Unknown country", StringComparison.Ordinal));
        Assert.Equal("not-an-email", InputValue(again, "email"));
        Assert.Equal("A valid organisation", InputValue(again, "organisation"));
        Assert.Empty(await fixture.SubmissionsAsync(driver.Conversation.ConversationId));
    }

    [Fact]
    public async Task Edit_from_the_summary_brings_the_form_back_with_the_values()
    {
        var driver = fixture.NewDriver();
        var form = FormDriver.CardOf(await driver.SendAsync(SubmissionFixture.Start("TFP", Language.French), locale: "fr-FR"))!.Value;
        var summary = FormDriver.CardOf(await driver.SubmitAsync(form, "submit", FormDriver.ValidValues(form), "fr-FR"))!.Value;

        var edit = FormDriver.CardOf(await driver.SubmitAsync(summary, "edit", locale: "fr-FR"))!.Value;
        var values = FormDriver.ValidValues(edit);
        values["amount"] = "40000";
        var summary2 = FormDriver.CardOf(await driver.SubmitAsync(edit, "submit", values, "fr-FR"))!.Value;
        await driver.SubmitAsync(summary2, "confirm", locale: "fr-FR");

        Assert.Equal("A valid organisation", InputValue(edit, "organisation"));
        var record = Assert.Single(await fixture.SubmissionsAsync(driver.Conversation.ConversationId));
        Assert.Equal("40000", JsonDocument.Parse(record.FieldsJson).RootElement.GetProperty("amount").GetString());
    }

    [Theory]
    [InlineData("cancel", "en-US", "Cancelled")]
    [InlineData("annuler", "fr-FR", "annulé")]
    public async Task Cancel_ends_the_form_and_saves_nothing(string word, string locale, string expected)
    {
        var driver = fixture.NewDriver();
        await driver.SendAsync(SubmissionFixture.Start("STK", LanguageExtensions.FromLocale(locale)!.Value), locale: locale);

        var replies = await driver.SendAsync(word, locale: locale);
        var after = await driver.SendAsync("help", locale: locale);

        Assert.Contains(expected, FormDriver.Texts(replies), StringComparison.Ordinal);
        Assert.Null(FormDriver.CardOf(after));
        Assert.Empty(await fixture.SubmissionsAsync(driver.Conversation.ConversationId));
    }

    [Fact]
    public async Task Cancel_from_the_card_button_ends_the_form()
    {
        var driver = fixture.NewDriver();
        var form = FormDriver.CardOf(await driver.SendAsync(SubmissionFixture.Start("PTN", Language.English)))!.Value;

        var replies = await driver.SubmitAsync(form, "cancel");

        Assert.Contains("Cancelled", FormDriver.Texts(replies), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_question_mid_form_is_answered_then_the_form_comes_back_where_it_was()
    {
        var driver = fixture.NewDriver();
        var form = FormDriver.CardOf(await driver.SendAsync(SubmissionFixture.Start("OCP", Language.English)))!.Value;
        await driver.SendAsync("Example Org");

        var replies = await driver.SendAsync("Where is the Forum taking place?");

        Assert.True(replies.Count >= 3, "an answer, the form again and the pending question");
        var again = FormDriver.CardOf(replies)!.Value;
        Assert.Equal("Example Org", InputValue(again, "organisation"));
        Assert.Contains("Stakeholder type", FormDriver.Texts(replies), StringComparison.Ordinal);
        Assert.Equal(FormDriver.ActionData(form, "submit")["wsisNonce"]!.GetValue<string>(), FormDriver.ActionData(again, "submit")["wsisNonce"]!.GetValue<string>());
    }

    [Fact]
    public async Task Start_over_clears_the_answers()
    {
        var driver = fixture.NewDriver();
        await driver.SendAsync(SubmissionFixture.Start("OCP", Language.French), locale: "fr-FR");
        await driver.SendAsync("Mon organisation", locale: "fr-FR");

        var replies = await driver.SendAsync("recommencer", locale: "fr-FR");

        Assert.Null(InputValue(FormDriver.CardOf(replies)!.Value, "organisation"));
        Assert.Contains("**Organisation**", FormDriver.Texts(replies), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_double_confirm_makes_one_record_and_says_so()
    {
        var driver = fixture.NewDriver();
        var form = FormDriver.CardOf(await driver.SendAsync(SubmissionFixture.Start("PRZ", Language.English)))!.Value;
        var summary = FormDriver.CardOf(await driver.SubmitAsync(form, "submit", FormDriver.ValidValues(form)))!.Value;

        var first = await driver.SubmitAsync(summary, "confirm");
        var second = await driver.SubmitAsync(summary, "confirm");

        var reference = ReferencePattern().Match(FormDriver.Texts(first)).Value;
        Assert.Contains($"already saved as **{reference}**", FormDriver.Texts(second), StringComparison.Ordinal);
        Assert.Single(await fixture.SubmissionsAsync(driver.Conversation.ConversationId));
    }

    [Fact]
    public async Task Concurrent_confirms_of_one_card_make_one_record()
    {
        var driver = fixture.NewDriver();
        var form = FormDriver.CardOf(await driver.SendAsync(SubmissionFixture.Start("SPK", Language.English)))!.Value;
        var summary = FormDriver.CardOf(await driver.SubmitAsync(form, "submit", FormDriver.ValidValues(form)))!.Value;
        var data = FormDriver.ActionData(summary, "confirm");

        var posts = Enumerable.Range(0, 4).Select(_ => driver.Conversation.PostAsync(driver.Conversation.Message(null, extra: a => a["value"] = data.DeepClone())));
        foreach (var response in await Task.WhenAll(posts))
        {
            Assert.True(response.IsSuccessStatusCode);
            response.Dispose();
        }

        Assert.Single(await fixture.SubmissionsAsync(driver.Conversation.ConversationId));
    }

    [Fact]
    public async Task An_old_form_card_submitted_after_the_summary_is_refused_clearly()
    {
        var driver = fixture.NewDriver();
        var form = FormDriver.CardOf(await driver.SendAsync(SubmissionFixture.Start("OCP", Language.English)))!.Value;
        await driver.SubmitAsync(form, "submit", FormDriver.ValidValues(form));

        var stale = await driver.SubmitAsync(form, "submit", FormDriver.ValidValues(form));

        Assert.Contains("out of date", FormDriver.Texts(stale), StringComparison.Ordinal);
        Assert.Equal("Check your submission", FormDriver.CardOf(stale)!.Value.GetProperty("body")[0].GetProperty("text").GetString());
        Assert.Empty(await fixture.SubmissionsAsync(driver.Conversation.ConversationId));
    }

    [Fact]
    public async Task A_card_from_another_users_conversation_is_refused()
    {
        var alice = fixture.NewDriver();
        var form = FormDriver.CardOf(await alice.SendAsync(SubmissionFixture.Start("OCP", Language.English)))!.Value;
        var summary = FormDriver.CardOf(await alice.SubmitAsync(form, "submit", FormDriver.ValidValues(form)))!.Value;
        var mallory = new FormDriver(new WsisBot.Testing.ConnectorConversation(fixture.Bot.Client, fixture.Sink) { UserId = "mallory" }, fixture.Sink);

        var replies = await mallory.SubmitAsync(summary, "confirm");

        Assert.Contains("no longer active", FormDriver.Texts(replies), StringComparison.Ordinal);
        Assert.Empty(await fixture.SubmissionsAsync(alice.Conversation.ConversationId));
        Assert.Empty(await fixture.SubmissionsAsync(mallory.Conversation.ConversationId));
    }

    [Fact]
    public async Task The_whole_flow_works_in_plain_text()
    {
        var driver = fixture.NewDriver();
        await driver.SendAsync(SubmissionFixture.Start("TFP", Language.French), locale: "fr-FR");

        string[] answers = ["Fondation Exemple", "Ana Silva", "ana@exemple.org", "Suisse", "25 000", "1", "passer"];
        IReadOnlyList<WsisBot.Testing.ChannelSink.Received> last = [];
        foreach (var answer in answers)
        {
            last = await driver.SendAsync(answer, locale: "fr-FR");
        }

        Assert.Equal("Vérifiez votre demande", FormDriver.CardOf(last)!.Value.GetProperty("body")[0].GetProperty("text").GetString());
        var saved = await driver.SendAsync("confirmer", locale: "fr-FR");

        Assert.Matches(ReferencePattern(), FormDriver.Texts(saved));
        var record = Assert.Single(await fixture.SubmissionsAsync(driver.Conversation.ConversationId));
        var fields = JsonDocument.Parse(record.FieldsJson).RootElement;
        Assert.Equal("25000", fields.GetProperty("amount").GetString());
        Assert.Equal("CHF", fields.GetProperty("currency").GetString());
        Assert.Equal("CH", fields.GetProperty("country").GetString());
    }

    [Theory]
    [MemberData(nameof(EveryKindInBothLanguages))]
    public async Task Every_kind_can_be_completed_in_plain_text(string code, string locale)
    {
        var language = LanguageExtensions.FromLocale(locale)!.Value;
        var driver = fixture.NewDriver();
        var form = FormDriver.CardOf(await driver.SendAsync(SubmissionFixture.Start(code, language), locale: locale))!.Value;

        IReadOnlyList<WsisBot.Testing.ChannelSink.Received> last = [];
        foreach (var input in FormDriver.Inputs(form))
        {
            // What a person would type: the number of the first choice, else a valid value.
            var answer = input.GetProperty("type").GetString() == "Input.ChoiceSet" ? "1" : FormDriver.ValidValues(form)[input.GetProperty("id").GetString()!]!.GetValue<string>();
            last = await driver.SendAsync(answer, locale: locale);
        }

        Assert.Equal(language.Pick("Vérifiez votre demande", "Check your submission"), FormDriver.CardOf(last)!.Value.GetProperty("body")[0].GetProperty("text").GetString());
        var saved = await driver.SendAsync(language.Pick("confirmer", "confirm"), locale: locale);
        Assert.Matches($"WSIS-2026-{code}-\\d{{6}}", FormDriver.Texts(saved));
        Assert.Single(await fixture.SubmissionsAsync(driver.Conversation.ConversationId));
    }

    [Fact]
    public async Task A_wrong_text_answer_is_explained_and_asked_again()
    {
        var driver = fixture.NewDriver();
        await driver.SendAsync(SubmissionFixture.Start("TFP", Language.English));
        await driver.SendAsync("Example Foundation");
        await driver.SendAsync("Ana Silva");

        var replies = await driver.SendAsync("ana at example");

        Assert.Contains("Not a valid e-mail address", FormDriver.Texts(replies), StringComparison.Ordinal);
        Assert.Contains("**E-mail**", FormDriver.Texts(replies), StringComparison.Ordinal);
    }

    internal static string? InputValue(JsonElement card, string id) =>
        FormDriver.Inputs(card).First(i => i.GetProperty("id").GetString() == id).TryGetProperty("value", out var v) ? v.ToString() : null;

    [GeneratedRegex(@"WSIS-\d{4}-[A-Z]{3}-\d{6}")]
    internal static partial Regex ReferencePattern();
}
