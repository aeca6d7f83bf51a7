using WsisBot.Knowledge.Llm;

namespace WsisBot.Knowledge.Tests;

/// <summary>Answers in both languages: the fact first, then detail, then the source letter; abstention when the letters do not say.</summary>
public sealed class AnswerTests
{
    private readonly Knowledge _knowledge = new("2026-03-18T10:00:00Z");

    [Fact]
    public void Fact_first_then_quote_then_source_in_french()
    {
        var answer = _knowledge.Ask("Quelle est la date limite pour demander un temps de parole ?");
        Assert.Equal(AnswerKind.Fact, answer.Kind);
        Assert.StartsWith("La date limite pour les demandes de temps de parole", answer.Text);
        Assert.Contains("**1er mai 2026**, dans 44 jours", answer.Text);
        Assert.EndsWith("*Source : lettre CL-26/17 du 17 mars 2026*", answer.Text);
        Assert.Equal(new Citation("CL-26/17", new DateOnly(2026, 3, 17), "2026-03-17_cl-26-17_invitation-forum-smsi-2026.txt"), Assert.Single(answer.Citations));
    }

    [Fact]
    public void English_fact_answer_states_the_fact_in_english_and_spares_the_french_sentence()
    {
        var answer = _knowledge.Ask("By when must ministers request a speaking slot?");
        Assert.Contains("**1 May 2026**, in 44 days", answer.Text);
        Assert.DoesNotContain("> « Nous vous serions reconnaissants", answer.Text);
        Assert.EndsWith("*Source: letter CL-26/17 of 17 March 2026*", answer.Text);
        var french = _knowledge.Ask("Avant quand les ministres doivent-ils demander un temps de parole ?");
        Assert.Contains("> « Nous vous serions reconnaissants", french.Text);
    }

    [Fact]
    public void English_passage_answer_marks_the_quote_as_french_original_and_gives_its_figures_in_english()
    {
        var answer = _knowledge.Ask("How many people attended in 2025?");
        Assert.Contains("> « ", answer.Text);
        Assert.Contains("*(original in French)*", answer.Text);
        Assert.Contains("more than 11,000 participants", answer.Text);
        Assert.Contains("169 countries", answer.Text);
    }

    [Fact]
    public void Tier_answer_gives_the_price_in_chf_and_what_sets_it_apart()
    {
        var answer = _knowledge.Ask("How much does the Gold partnership cost?");
        Assert.StartsWith("The **Gold** (several partners) partnership (WSIS 2026 Forum) costs **CHF 100,000**.", answer.Text);
        Assert.Contains("Spotlight during the WSIS Forum: 3 min (main stage)", answer.Text);
        Assert.Contains("Not included at this tier:", answer.Text);
        Assert.Contains("Common to every tier: ", answer.Text);
        Assert.DoesNotContain("Scène principale", answer.Text);
        var french = _knowledge.Ask("Combien coûte le partenariat Or ?");
        Assert.StartsWith("Le partenariat **Or** (plusieurs partenaires) (Forum SMSI 2026) coûte **100 000 CHF**.", french.Text);
        Assert.Contains("3 min (Scène principale)", french.Text);
    }

    [Fact]
    public void Comparison_lists_both_prices_and_the_differences()
    {
        var answer = _knowledge.Ask("Quelle est la différence entre Or et Argent ?");
        Assert.Contains("- **Or** : 100 000 CHF", answer.Text);
        Assert.Contains("- **Argent** : 50 000 CHF", answer.Text);
        Assert.Contains("**Or** : 7 places · **Argent** : 4 places", answer.Text);
        Assert.DoesNotContain("Espace virtuel d'exposition", answer.Text);
    }

    [Fact]
    public void Tier_list_gives_every_price()
    {
        var answer = _knowledge.Ask("What partnership tiers are there?");
        foreach (var price in new[] { "CHF 250,000", "CHF 150,000", "CHF 100,000", "CHF 50,000", "CHF 30,000" })
        {
            Assert.Contains(price, answer.Text);
        }

        Assert.Contains("on request (Contact: wsis-info@itu.int)", answer.Text);
    }

    [Fact]
    public void Venue_answer_names_the_place_and_the_dates()
    {
        var answer = _knowledge.Ask("Où se tient le Forum du SMSI ?");
        Assert.Contains("**Palexpo, Genève (Suisse)**", answer.Text);
        Assert.Contains("du 6 au 10 juillet 2026", answer.Text);
        Assert.Contains("Palexpo, Geneva (Switzerland)", _knowledge.Ask("Where is the WSIS Forum?").Text);
    }

    [Fact]
    public void Open_questions_quote_the_passage_with_its_letter()
    {
        var answer = _knowledge.Ask("How many participants attended in 2025?");
        Assert.Equal(AnswerKind.Passage, answer.Kind);
        Assert.Contains("11 000 participants de 169 pays", answer.Text);
        Assert.Equal("CL-26/17", Assert.Single(answer.Citations).Reference);
    }

    [Theory]
    [InlineData("What's the weather like in Geneva in July?")]
    [InlineData("Do I need a visa to attend?")]
    [InlineData("How much are hotel rooms near Palexpo?")]
    [InlineData("When is WSIS 2027?")]
    [InlineData("Is there parking at the venue?")]
    [InlineData("What is the capital of Australia?")]
    [InlineData("What is the price of a Bronze partnership?")]
    public void Declines_in_english_and_offers_the_secretariat(string question)
    {
        var answer = _knowledge.Ask(question, Language.English);
        Assert.Equal(AnswerKind.Abstain, answer.Kind);
        Assert.StartsWith("I don't know.", answer.Text);
        Assert.Contains("pass your question on to the WSIS secretariat (wsis-info@itu.int)", answer.Text);
        Assert.Empty(FactCheck.Unsupported(answer.Text, Language.English, Knowledge.ShippedSnapshot));
    }

    [Theory]
    [InlineData("Quel temps fera-t-il à Genève pendant le forum ?")]
    [InlineData("Ai-je besoin d'un visa pour venir en Suisse ?")]
    [InlineData("Quelles sont les dates du SMSI 2027 ?")]
    [InlineData("Combien coûte l'inscription au forum ?")]
    public void Declines_in_french_and_offers_the_secretariat(string question)
    {
        var answer = _knowledge.Ask(question, Language.French);
        Assert.Equal(AnswerKind.Abstain, answer.Kind);
        Assert.StartsWith("Je ne sais pas.", answer.Text);
        Assert.Contains("secrétariat du SMSI (wsis-info@itu.int)", answer.Text);
    }

    [Theory]
    [InlineData("Bonjour", Language.French, Intent.Greeting)]
    [InlineData("help", Language.English, Intent.Help)]
    [InlineData("Je voudrais parler à quelqu'un", Language.French, Intent.Human)]
    [InlineData("my submissions", Language.English, Intent.MySubmissions)]
    [InlineData("mes soumissions ?", Language.French, Intent.MySubmissions)]
    public void Greeting_help_hand_over_and_my_submissions_are_read_for_the_bot_but_not_answered(string text, Language language, Intent intent)
    {
        var answer = _knowledge.Ask(text, language);

        Assert.Equal(intent, answer.Intent);
        Assert.Equal(AnswerKind.Abstain, answer.Kind);
        Assert.Empty(answer.Citations);
        Assert.Contains(language.Pick("secrétariat du SMSI (wsis-info@itu.int)", "WSIS secretariat (wsis-info@itu.int)"), answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Fact_check_flags_days_and_amounts_the_letters_do_not_state()
    {
        var corpus = Knowledge.ShippedSnapshot;
        Assert.Empty(FactCheck.Unsupported("The deadline is 15 March 2026 and Gold costs CHF 100,000.", Language.English, corpus));
        Assert.Equal(["30 April 2026", "CHF 75,000"], FactCheck.Unsupported("The deadline is 30 April 2026 and Gold costs CHF 75,000.", Language.English, corpus));
        Assert.Empty(FactCheck.Unsupported("Le 16 mars 2026 est après la date limite.", Language.French, corpus, [new DateOnly(2026, 3, 16)]));
    }
}
