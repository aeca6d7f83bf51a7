namespace WsisBot.Knowledge.Tests;

/// <summary>"Still open?", "too late?", "does X include Y?": yes or no first, then the fact and its state today.</summary>
public sealed class YesNoTests
{
    private readonly Knowledge _knowledge = new("2026-03-18T10:00:00Z");

    [Theory]
    [InlineData("Can I still submit to the WSIS Prizes?", "**No.** The deadline for the WSIS Prizes (WSIS 2026) was **15 March 2026** (passed")]
    [InlineData("Is it too late for the prizes?", "**Yes.** The deadline for the WSIS Prizes")]
    [InlineData("Can I still submit a contribution to the open consultation?", "**Yes.** The deadline for the Open Consultation Process (OCP) (WSIS 2026) is **20 March 2026**, in 2 days")]
    [InlineData("Has the open consultation deadline passed already?", "**No.**")]
    [InlineData("c trop tard pr le temps de parole ?", "**Non.** La date limite pour les demandes de temps de parole")]
    [InlineData("le PCO c'est toujours ouvert ??", "**Oui.**")]
    public void Time_aware_questions_answer_yes_or_no_first(string question, string start) =>
        Assert.StartsWith(start, _knowledge.Ask(question).Text);

    [Theory]
    [InlineData("Does the Innovation package include a meeting room?", "**Yes.**", "on ITU premises")]
    [InlineData("Le partenariat Appui comprend-il une salle de réunion ?", "**Non.**", "Diamant, Platine, Or, Argent et Innovation")]
    [InlineData("Does the Support tier get a digital display screen on its stand?", "**No.**", "small stand, standard area")]
    [InlineData("Le Diamant, c'est exclusif ?", "**Oui.**", "un seul partenaire")]
    [InlineData("Is Gold exclusive?", "**No.**", "several partners")]
    public void Questions_about_the_offer_answer_yes_or_no_first(string question, string start, string reason)
    {
        var answer = _knowledge.Ask(question);
        Assert.StartsWith(start, answer.Text);
        Assert.Contains(reason, answer.Text);
    }

    [Fact]
    public void A_question_about_a_detail_no_letter_gives_says_so_with_what_they_do_give()
    {
        var answer = _knowledge.Ask("What time does the opening ceremony start?");

        Assert.Equal(AnswerKind.Abstain, answer.Kind);
        Assert.StartsWith("I don't know", answer.Text);
        Assert.Contains("Wednesday 8 July 2026", answer.Text);
        Assert.Contains("*Source: letter CL-26/17 of 17 March 2026*", answer.Text);
    }

    [Fact]
    public void A_deadline_the_letters_do_not_set_is_not_invented()
    {
        var what = _knowledge.Ask("What's the deadline to register for the forum?");
        var whether = _knowledge.Ask("Is there a deadline for WSIS stocktaking?");

        Assert.Equal(AnswerKind.Abstain, what.Kind);
        Assert.StartsWith("**No.** The letters of the 2026 edition set no deadline for the WSIS Stocktaking", whether.Text);
    }
}
