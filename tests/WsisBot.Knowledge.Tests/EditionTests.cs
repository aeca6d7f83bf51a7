namespace WsisBot.Knowledge.Tests;

/// <summary>The newest edition by default; a year, a relative year or "+20" selects another; answers say which.</summary>
public sealed class EditionTests
{
    private readonly Knowledge _knowledge = new("2026-03-18T10:00:00Z");

    [Theory]
    [InlineData("What was the prizes deadline in 2024?", 2024)]
    [InlineData("What was the OCP deadline last year?", 2025)]
    [InlineData("date limite PCO l'an dernier", 2025)]
    [InlineData("When was WSIS+20?", 2025)]
    [InlineData("dates du SMSI + 20", 2025)]
    [InlineData("When is the forum this year?", 2026)]
    [InlineData("When is the forum next year?", 2027)]
    public void Reads_the_edition(string text, int year) =>
        Assert.Equal(year, _knowledge.Read(text).EditionYear);

    [Fact]
    public void Newest_edition_by_default_and_the_answer_says_so()
    {
        Assert.Null(_knowledge.Read("When is the deadline for the WSIS Prizes?", Language.English).EditionYear);
        var answer = _knowledge.Ask("When is the deadline for the WSIS Prizes?");
        Assert.Contains("WSIS 2026", answer.Text);
        Assert.Contains("15 March 2026", answer.Text);
    }

    [Fact]
    public void Older_editions_answer_from_their_own_letters()
    {
        var answer = _knowledge.Ask("Quelle était la date limite des prix en 2024 ?");
        Assert.Contains("31 janvier 2024", answer.Text);
        Assert.Contains("SMSI 2024", answer.Text);
        Assert.Equal("SMSI 2024", Assert.Single(answer.Citations).Reference);
    }

    [Fact]
    public void Last_year_follows_the_clock()
    {
        var in2027 = new Knowledge("2027-02-01T09:00:00Z");
        Assert.Equal(2026, in2027.Read("deadline for prizes last year", Language.English).EditionYear);
        Assert.Contains("15 March 2026", in2027.Ask("deadline for prizes last year").Text);
    }

    [Fact]
    public void An_edition_without_letters_is_declined()
    {
        var answer = _knowledge.Ask("When is WSIS 2027?");
        Assert.Equal(AnswerKind.Abstain, answer.Kind);
        Assert.Contains("2027", answer.Text);
        Assert.DoesNotContain("July", answer.Text);
    }
}
