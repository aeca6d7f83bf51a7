using WsisBot.Bot.Conversation;
using WsisBot.Knowledge;
using WsisBot.Testing;

namespace WsisBot.Tests.Submissions;

/// <summary>What the bot does with a request (not a field's answer) sent in the middle of a form: what it does at the top level, then the form again.</summary>
public class FormInterruptionTests(SubmissionFixture fixture) : IClassFixture<SubmissionFixture>
{
    [Fact]
    public async Task Mes_soumissions_asked_mid_form_lists_them_then_the_form_goes_on()
    {
        var driver = NewUser();
        var reference = await SaveTrustFundPledgeAsync(driver, "fr-FR");
        await driver.SendAsync(SubmissionFixture.Start("OCP", Language.French), locale: "fr-FR");
        await driver.SendAsync("Mon organisation", locale: "fr-FR");

        var replies = await driver.SendAsync("mes soumissions ?", locale: "fr-FR");
        var next = await driver.SendAsync("1", locale: "fr-FR");

        var text = FormDriver.Texts(replies);
        Assert.Contains("Vos demandes", text, StringComparison.Ordinal);
        Assert.Contains(reference, text, StringComparison.Ordinal);
        Assert.DoesNotContain("Je recherche", text, StringComparison.Ordinal);
        Assert.Equal("Mon organisation", SubmissionDialogTests.InputValue(FormDriver.CardOf(replies)!.Value, "organisation"));
        Assert.Contains("**Type de partie prenante**", text, StringComparison.Ordinal);
        Assert.Contains("**Nom de la personne de contact**", FormDriver.Texts(next), StringComparison.Ordinal);
    }

    [Fact]
    public async Task My_submissions_mid_form_lists_them_then_the_form_goes_on()
    {
        var driver = NewUser();
        var reference = await SaveTrustFundPledgeAsync(driver, "en-US");
        await driver.SendAsync(SubmissionFixture.Start("OCP", Language.English));
        await driver.SendAsync("Example Org");

        var replies = await driver.SendAsync("my submissions");
        var next = await driver.SendAsync("1");

        var text = FormDriver.Texts(replies);
        Assert.Contains("Your submissions", text, StringComparison.Ordinal);
        Assert.Contains(reference, text, StringComparison.Ordinal);
        Assert.Equal("Example Org", SubmissionDialogTests.InputValue(FormDriver.CardOf(replies)!.Value, "organisation"));
        Assert.Contains("**Stakeholder type**", text, StringComparison.Ordinal);
        Assert.Contains("**Contact person's name**", FormDriver.Texts(next), StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string[]> RequestsAndWhatTheyGet() => new()
    {
        { "aide", "fr-FR", [Phrases.Help(Language.French), "« annuler » arrête"] },
        { "help", "en-US", [Phrases.Help(Language.English), "“cancel” stops"] },
        { "Bonjour", "fr-FR", [Phrases.Greeting(Language.French)] },
        { "hello", "en-US", [Phrases.Greeting(Language.English)] },
    };

    [Theory]
    [MemberData(nameof(RequestsAndWhatTheyGet))]
    public async Task Help_and_greetings_mid_form_get_their_reply_then_the_form_again(string text, string locale, string[] expected)
    {
        var driver = fixture.NewDriver();
        await driver.SendAsync(SubmissionFixture.Start("TFP", LanguageExtensions.FromLocale(locale)!.Value), locale: locale);

        var replies = await driver.SendAsync(text, locale: locale);

        Assert.All(expected, e => Assert.Contains(e, FormDriver.Texts(replies), StringComparison.Ordinal));
        Assert.Null(SubmissionDialogTests.InputValue(FormDriver.CardOf(replies)!.Value, "organisation"));
    }

    [Fact]
    public async Task Answers_that_merely_contain_a_request_word_fill_the_fields()
    {
        var driver = fixture.NewDriver();
        await driver.SendAsync(SubmissionFixture.Start("OCP", Language.English));

        string[] answers = ["Hello World Foundation", "1", "Ana Silva", "ana@example.org", "Switzerland", "Human-centred AI for my community"];
        IReadOnlyList<ChannelSink.Received> last = [];
        foreach (var answer in answers)
        {
            last = await driver.SendAsync(answer);
        }

        var text = FormDriver.Texts(last);
        Assert.Contains("**Your ideas, proposals and priorities**", text, StringComparison.Ordinal);
        Assert.DoesNotContain("secretariat", text, StringComparison.Ordinal);
    }

    private FormDriver NewUser() =>
        new(new ConnectorConversation(fixture.Bot.Client, fixture.Sink) { UserId = $"user-{Guid.NewGuid():N}" }, fixture.Sink);

    private static async Task<string> SaveTrustFundPledgeAsync(FormDriver driver, string locale)
    {
        var language = LanguageExtensions.FromLocale(locale)!.Value;
        var form = FormDriver.CardOf(await driver.SendAsync(SubmissionFixture.Start("TFP", language), locale: locale))!.Value;
        var summary = FormDriver.CardOf(await driver.SubmitAsync(form, "submit", FormDriver.ValidValues(form), locale))!.Value;
        var saved = await driver.SubmitAsync(summary, "confirm", locale: locale);
        return SubmissionDialogTests.ReferencePattern().Match(FormDriver.Texts(saved)).Value;
    }
}
