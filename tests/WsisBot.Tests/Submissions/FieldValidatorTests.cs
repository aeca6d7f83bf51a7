using WsisBot.Bot.Protocol;
using WsisBot.Bot.Submissions;
using WsisBot.Knowledge;

namespace WsisBot.Tests.Submissions;

public class FieldValidatorTests
{
    private static readonly FormField Country = new("country", FieldKind.Country, "Pays", "Country");
    private static readonly FormField Email = new("email", FieldKind.Email, "Courriel", "E-mail");
    private static readonly FormField Title = new("title", FieldKind.Text, "Titre", "Title");
    private static readonly FormField Amount = new("amount", FieldKind.Amount, "Montant", "Amount") { Min = 1, Max = 1000 };

    [Theory]
    [InlineData("Suisse", "CH")]
    [InlineData("switzerland", "CH")]
    [InlineData("ch", "CH")]
    [InlineData("Côte d’Ivoire", "CI")]
    [InlineData("cote d'ivoire", "CI")]
    [InlineData("Allemagne", "DE")]
    [InlineData("Germany", "DE")]
    public void Countries_are_found_by_French_or_English_name_or_code(string input, string code) =>
        Assert.Equal(code, FieldValidator.Validate(Country, input, [], Language.French).Value);

    [Fact]
    public void An_unknown_country_is_an_error_in_the_users_language() =>
        Assert.StartsWith("Pays inconnu", FieldValidator.Validate(Country, "Atlantis", [], Language.French).Error, StringComparison.Ordinal);

    [Theory]
    [InlineData("a@b.org", true)]
    [InlineData("ana.silva+wsis@example.co.uk", true)]
    [InlineData("ana at example.org", false)]
    [InlineData("ana@example", false)]
    [InlineData("<script>@x.org", false)]
    [InlineData("a@b.org\nBcc: x@y.org", false)]
    public void Emails_are_checked_anchored(string input, bool valid) =>
        Assert.Equal(valid, FieldValidator.Validate(Email, input, [], Language.English).IsValid);

    [Fact]
    public void Ten_kilobytes_in_a_field_is_refused_with_the_limit()
    {
        var result = FieldValidator.Validate(Title, new string('a', 10 * 1024), [], Language.English);

        Assert.Equal("Too long: at most 200 characters (you have 10240).", result.Error);
    }

    [Fact]
    public void Control_characters_are_removed_and_markup_is_kept_as_text()
    {
        var result = FieldValidator.Validate(Title, "<script>alert(1)</script>\u0000\u0007 ok\u200B", [], Language.English);

        Assert.Equal("<script>alert(1)</script> ok", result.Value);
    }

    [Theory]
    [InlineData("250 000", "250000")]
    [InlineData("1'000", "1000")]
    [InlineData("12.5", "12.5")]
    [InlineData("CHF 300", "300")]
    [InlineData("-5", null)]
    [InlineData("beaucoup", null)]
    public void Amounts_are_read_in_figures_within_range(string input, string? expected)
    {
        var field = Amount with { Max = 1_000_000 };

        Assert.Equal(expected, FieldValidator.Validate(field, input, [], Language.French).Value);
    }

    [Fact]
    public void Choices_accept_the_number_the_value_or_the_title()
    {
        FieldChoice[] choices = [new("gold", "Or", "Gold"), new("silver", "Argent", "Silver")];
        var field = new FormField("tier", FieldKind.Choice, "Niveau", "Tier");

        Assert.Equal("silver", FieldValidator.Validate(field, "2", choices, Language.English).Value);
        Assert.Equal("gold", FieldValidator.Validate(field, "or", choices, Language.French).Value);
        Assert.Equal("silver", FieldValidator.Validate(field, "Silver", choices, Language.English).Value);
        Assert.False(FieldValidator.Validate(field, "3", choices, Language.English).IsValid);
    }

    [Fact]
    public void Markdown_in_user_text_is_escaped_for_display() =>
        Assert.Equal(@"\[click\]\(javascript:alert\(1\)\) \<b\>", Markdown.Escape("[click](javascript:alert(1)) <b>"));
}
