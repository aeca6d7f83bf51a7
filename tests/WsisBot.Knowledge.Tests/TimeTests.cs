namespace WsisBot.Knowledge.Tests;

/// <summary>Answers know what day it is (a fixed clock here) and say whether a deadline has passed.</summary>
public sealed class TimeTests
{
    [Fact]
    public void Passed_deadline_says_so_in_english()
    {
        var answer = new Knowledge("2026-03-18T10:00:00Z").Ask("When is the deadline for the WSIS Prizes?");
        Assert.Contains("was **15 March 2026** (passed, 3 days ago)", answer.Text);
    }

    [Fact]
    public void Coming_deadline_counts_the_days_in_english()
    {
        var answer = new Knowledge("2026-03-03T08:00:00Z").Ask("When is the deadline for the WSIS Prizes?");
        Assert.Contains("is **15 March 2026**, in 12 days", answer.Text);
    }

    [Fact]
    public void Passed_and_coming_deadlines_in_french()
    {
        Assert.Contains("était le **15 mars 2026** (dépassée, il y a 3 jours)", new Knowledge("2026-03-18T10:00:00Z").Ask("Quelle est la date limite des prix du SMSI ?").Text);
        Assert.Contains("est le **15 mars 2026**, dans 12 jours", new Knowledge("2026-03-03T10:00:00Z").Ask("Quelle est la date limite des prix du SMSI ?").Text);
    }

    [Fact]
    public void Deadline_day_itself_is_today()
    {
        var answer = new Knowledge("2026-03-20T23:00:00Z").Ask("OCP deadline?");
        Assert.Contains("is today, **20 March 2026**", answer.Text);
    }

    [Fact]
    public void A_mentioned_day_is_compared_with_the_deadline()
    {
        var knowledge = new Knowledge("2026-03-10T10:00:00Z");
        Assert.Contains("**16 March 2026** is after the deadline (15 March 2026): that is too late.", knowledge.Ask("Is 16 March too late for the prizes?").Text);
        Assert.Contains("Le **14 mars 2026** est avant la date limite (15 mars 2026) : ce n'est pas trop tard.", knowledge.Ask("est-ce que le 14 mars c'est trop tard pour les prix ?").Text);
    }

    [Fact]
    public void Facts_api_tells_open_and_closed_programmes()
    {
        var knowledge = new Knowledge("2026-03-18T10:00:00Z");
        var prizes = knowledge.Base.StatusOf(Programme.Prizes);
        var consultation = knowledge.Base.StatusOf(Programme.OpenConsultation);
        Assert.False(prizes.IsOpen);
        Assert.Equal(-3, prizes.DaysLeft);
        Assert.True(consultation.IsOpen);
        Assert.Equal(2, consultation.DaysLeft);
        Assert.Equal(2026, consultation.EditionYear);
        Assert.Null(knowledge.Base.StatusOf(Programme.Stocktaking).Deadline);
    }

    [Fact]
    public void Forum_dates_switch_to_past_tense_once_over()
    {
        Assert.Contains("takes place", new Knowledge("2026-03-18T10:00:00Z").Ask("When is the WSIS Forum?").Text);
        Assert.Contains("took place", new Knowledge("2026-11-23T10:00:00Z").Ask("When is the WSIS Forum?").Text);
    }
}
