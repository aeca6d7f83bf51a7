using WsisBot.Knowledge.Facts;

namespace WsisBot.Knowledge.Tests;

/// <summary>Follow-ups take what they do not name from the previous question's frame; what they name replaces it.</summary>
public sealed class FollowUpTests
{
    private readonly Conversation _chat = new(new Knowledge("2026-03-18T10:00:00Z"));

    [Fact]
    public void A_follow_up_changes_the_tier_then_asks_a_row_of_it()
    {
        Assert.Contains("CHF 50,000", _chat.Ask("How much is the Silver partnership?").Text);
        Assert.Contains("CHF 100,000", _chat.Ask("and Gold?").Text);
        Assert.Equal("or", _chat.Last.TierKey);

        var stand = _chat.Ask("does it include a stand?");

        Assert.StartsWith("**Yes.** The **Gold** partnership", stand.Text);
        Assert.Contains("large stand, prime location, large digital display screen", stand.Text);
        Assert.True(_chat.Last.FollowsUp);
    }

    [Fact]
    public void Naming_another_tier_keeps_the_row_asked_before()
    {
        _chat.Ask("How many reserved seats does a Gold partner get?");

        var silver = _chat.Ask("and Silver?");

        Assert.Contains("**4 seats**", silver.Text);
        Assert.DoesNotContain("7 seats", silver.Text);
    }

    [Fact]
    public void A_follow_up_changes_the_edition_and_keeps_the_programme()
    {
        _chat.Ask("Deadline for the open consultation?");

        var lastYear = _chat.Ask("and last year?");
        var where = _chat.Ask("and where was it held then?");

        Assert.Contains("**14 March 2025**", lastYear.Text);
        Assert.DoesNotContain("20 March 2026", lastYear.Text);
        Assert.Equal(Intent.Venue, _chat.Last.Intent);
        Assert.Equal(2025, _chat.Last.EditionYear);
        Assert.Contains("11 July 2025", where.Text);
    }

    [Fact]
    public void The_year_before_is_the_one_before_the_edition_discussed()
    {
        _chat.Ask("Quelle est la date limite de la consultation ouverte ?");

        var before = _chat.Ask("et l'année d'avant ?");

        Assert.Contains("14 mars 2025", before.Text);
    }

    [Fact]
    public void Another_event_stays_in_the_same_edition()
    {
        _chat.Ask("Where was the 2025 Forum held?");
        _chat.Ask("Where is the Forum?");

        var roundTable = _chat.Ask("and when is the ministerial round table?");

        Assert.Equal(EventKind.MinisterialRoundTable, _chat.Last.Event);
        Assert.Contains("Thursday 9 July 2026", roundTable.Text);
    }

    [Fact]
    public void An_explicit_year_without_the_fact_says_so_and_gives_no_other_editions_figure()
    {
        _chat.Ask("How much is the Gold partnership?");

        var answer = _chat.Ask("and in 2025?");

        Assert.Equal(AnswerKind.Abstain, answer.Kind);
        Assert.Contains("No partnership offer is published for the 2025 edition", answer.Text);
        Assert.DoesNotContain("CHF", answer.Text);
    }

    [Fact]
    public void A_new_topic_takes_nothing_from_the_previous_question()
    {
        _chat.Ask("How much is the Silver partnership?");

        var venue = _chat.Ask("Where is the Forum?");

        Assert.Equal(Intent.Venue, _chat.Last.Intent);
        Assert.Null(_chat.Last.TierKey);
        Assert.False(_chat.Last.FollowsUp);
        Assert.Contains("Palexpo", venue.Text);
    }

    [Fact]
    public void A_yes_or_no_follow_up_about_time_answers_for_the_programme_in_the_thread()
    {
        _chat.Ask("Is the WSIS Prizes call still open?");

        var consultation = _chat.Ask("Damn. And the open consultation?");

        Assert.StartsWith("**Yes.**", consultation.Text);
        Assert.Contains("20 March 2026", consultation.Text);
    }

    [Fact]
    public void An_open_question_is_searched_again_for_the_new_edition()
    {
        Assert.Contains("14 000", _chat.Ask("Combien de projets comptait l'Inventaire en 2024 ?").Text);

        var now = _chat.Ask("Et aujourd'hui ?");

        Assert.Contains("19 000", now.Text);
        Assert.DoesNotContain("14 000", now.Text);
    }

    [Fact]
    public void A_ranking_names_the_tier_a_follow_up_points_to()
    {
        _chat.Ask("What's the most expensive partnership?");

        var video = _chat.Ask("How long is its promo video?");

        Assert.Contains("Diamond", video.Text);
        Assert.Contains("60 seconds", video.Text);
    }

    [Fact]
    public void Several_questions_in_one_message_are_each_answered()
    {
        var answer = _chat.Ask("When's the forum and how much is Gold?");

        Assert.Equal(2, _chat.Last.Parts.Count);
        Assert.Contains("6–10 July 2026", answer.Text);
        Assert.Contains("CHF 100,000", answer.Text);
    }

    [Fact]
    public void Sentences_that_set_the_scene_lend_their_slots_to_the_question()
    {
        var answer = _chat.Ask("We're a telecom operator weighing Gold against Platinum. What does each cost?");

        Assert.Contains("CHF 100,000", answer.Text);
        Assert.Contains("CHF 150,000", answer.Text);
    }

    [Fact]
    public void A_new_letters_edition_is_followed_up_like_the_others()
    {
        using var folder = new TestLetters.Folder(withShippedLetters: true);
        folder.Write(TestLetters.Call2027FileName, TestLetters.Call2027);
        var chat = new Conversation(new Knowledge("2027-03-01T10:00:00Z", folder.Path));

        var prizes = chat.Ask("When is the deadline for the WSIS Prizes?");
        var lastYear = chat.Ask("and last year?");
        var bronze = chat.Ask("How much is the Bronze partnership?");
        var before = chat.Ask("and in 2026?");

        Assert.Contains("12 April 2027", prizes.Text);
        Assert.Contains("15 March 2026", lastYear.Text);
        Assert.DoesNotContain("12 April 2027", lastYear.Text);
        Assert.Contains("CHF 15,000", bronze.Text);
        Assert.Equal(AnswerKind.Abstain, before.Kind);
        Assert.Contains("The partnership offer only has these tiers", before.Text);
    }
}
