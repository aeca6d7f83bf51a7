using WsisBot.Knowledge.Facts;

namespace WsisBot.Knowledge.Tests;

/// <summary>Language, intent and slots of questions as people type them.</summary>
public sealed class UnderstandingTests
{
    private readonly Knowledge _knowledge = new("2026-03-18T10:00:00Z");

    [Theory]
    [InlineData("Quelle est la date limite des prix ?", Language.French)]
    [InlineData("c quand la date limite", Language.French)]
    [InlineData("ou a lieu le forum", Language.French)]
    [InlineData("Combien coûte le partenariat Or ?", Language.French)]
    [InlineData("When is the deadline for the prizes?", Language.English)]
    [InlineData("how much is gold", Language.English)]
    [InlineData("where's the forum taking place", Language.English)]
    public void Detects_the_language(string text, Language expected) => Assert.Equal(expected, _knowledge.Service.DetectLanguage(text));

    [Theory]
    [InlineData("WSIS")]
    [InlineData("Gitanjali Sah")]
    [InlineData("2026")]
    [InlineData("")]
    public void Language_is_unknown_when_the_text_does_not_tell(string text) => Assert.Null(_knowledge.Service.DetectLanguage(text));

    [Theory]
    [InlineData("Quelle est la date limite pour les prix du SMSI ?", Language.French, Intent.Deadline)]
    [InlineData("wsis prizes dedline?", Language.English, Intent.Deadline)]
    [InlineData("Combien coûte le partenariat Or ?", Language.French, Intent.Tier)]
    [InlineData("What partnership tiers are there?", Language.English, Intent.Tier)]
    [InlineData("Platinum vs Diamond?", Language.English, Intent.TierComparison)]
    [InlineData("Where is the forum?", Language.English, Intent.Venue)]
    [InlineData("Le forum c'est quand ?", Language.French, Intent.Dates)]
    [InlineData("When is the opening ceremony?", Language.English, Intent.Event)]
    [InlineData("Comment s'inscrire au forum ?", Language.French, Intent.Registration)]
    [InlineData("Who should I contact?", Language.English, Intent.Contact)]
    [InlineData("Parlez-moi du Fonds d'affectation spéciale", Language.French, Intent.TrustFund)]
    [InlineData("What can I submit?", Language.English, Intent.WhatCanISubmit)]
    [InlineData("Bonjour", Language.French, Intent.Greeting)]
    [InlineData("help", Language.English, Intent.Help)]
    [InlineData("Je voudrais parler à quelqu'un", Language.French, Intent.Human)]
    [InlineData("human please", Language.English, Intent.Human)]
    [InlineData("Je veux soumettre un projet aux prix", Language.French, Intent.Submit)]
    [InlineData("show my submissions", Language.English, Intent.MySubmissions)]
    public void Reads_the_intent(string text, Language language, Intent intent) => Assert.Equal(intent, _knowledge.Read(text, language).Intent);

    [Theory]
    [InlineData("We'd like to become a Silver partner. How do we sign up?", Language.English, Programme.Partnership)]
    [InlineData("Merci de lancer notre demande de temps de parole, la ministre souhaite intervenir.", Language.French, Programme.SpeakingSlot)]
    [InlineData("trust fund pledge", Language.English, Programme.TrustFund)]
    [InlineData("ajouter un projet a l'inventaire smsi", Language.French, Programme.Stocktaking)]
    public void A_wish_to_act_on_a_programme_or_a_terse_request_starts_its_form(string text, Language language, Programme programme)
    {
        var understanding = _knowledge.Read(text, language);
        Assert.Equal(Intent.Submit, understanding.Intent);
        Assert.Equal(programme, understanding.Programme);
    }

    [Theory]
    [InlineData("I'd like to know how to contribute to the Trust Fund.", Language.English)]
    [InlineData("Before we sign up for anything: what's the difference between Gold and Silver partners?", Language.English)]
    [InlineData("We'd like to send a contribution to the open consultation. What is the deadline?", Language.English)]
    [InlineData("Pas encore de demande à faire, mais jusqu'à quand peut-on demander un temps de parole ?", Language.French)]
    [InlineData("Can a third party nominate a project for the prizes?", Language.English)]
    public void Asking_about_a_programme_in_words_of_acting_does_not_start_a_form(string text, Language language) =>
        Assert.NotEqual(Intent.Submit, _knowledge.Read(text, language).Intent);

    [Theory]
    [InlineData("mes soumissions ?", Language.French, Intent.MySubmissions)]
    [InlineData("my submissions", Language.English, Intent.MySubmissions)]
    [InlineData("aide", Language.French, Intent.Help)]
    [InlineData("What can you do?", Language.English, Intent.Help)]
    [InlineData("Bonjour !", Language.French, Intent.Greeting)]
    [InlineData("Je voudrais parler à une vraie personne", Language.French, Intent.Human)]
    [InlineData("Parler à quelqu'un", Language.French, Intent.Human)]
    [InlineData("Talk to someone", Language.English, Intent.Human)]
    [InlineData("human please", Language.English, Intent.Human)]
    public void A_request_said_on_its_own_is_standalone(string text, Language language, Intent intent)
    {
        var understanding = _knowledge.Read(text, language);
        Assert.Equal(intent, understanding.Intent);
        Assert.True(understanding.Standalone);
    }

    [Theory]
    [InlineData("Human-centred AI for my community", Language.English)]
    [InlineData("Hello World Foundation", Language.English)]
    [InlineData("Conseiller", Language.French)]
    [InlineData("Agent", Language.English)]
    [InlineData("Conseiller spécial du ministre", Language.French)]
    [InlineData("My submission is about rural connectivity", Language.English)]
    [InlineData("Aide et Action", Language.French)]
    [InlineData("Where is the Forum?", Language.English)]
    public void A_text_that_only_contains_a_request_word_is_not_standalone(string text, Language language) =>
        Assert.False(_knowledge.Read(text, language).Standalone);

    [Theory]
    [InlineData("date limite PCO", Programme.OpenConsultation)]
    [InlineData("delai pour l'inventaire ?", Programme.Stocktaking)]
    [InlineData("jusqu'a quand peut on soumettre un projet aux prix du SMSI", Programme.Prizes)]
    [InlineData("speaking slot deadline", Programme.SpeakingSlot)]
    [InlineData("tell me about the trust fund", Programme.TrustFund)]
    public void Reads_the_programme(string text, Programme programme) =>
        Assert.Equal(programme, _knowledge.Read(text).Programme);

    [Fact]
    public void Prix_next_to_a_tier_is_a_price_not_the_prizes()
    {
        var understanding = _knowledge.Read("Prix du partenariat Platine ?", Language.French);
        Assert.Equal(Intent.Tier, understanding.Intent);
        Assert.Equal("platine", understanding.TierKey);
        Assert.NotEqual(Programme.Prizes, understanding.Programme);
    }

    [Theory]
    [InlineData("difference entre Or et Argent", "or", "argent")]
    [InlineData("Gold vs Silver?", "or", "argent")]
    [InlineData("compare silver and innovation", "argent", "innovation")]
    public void Reads_two_tiers_for_a_comparison(string text, string first, string second)
    {
        var understanding = _knowledge.Read(text);
        Assert.Equal(Intent.TierComparison, understanding.Intent);
        Assert.Equal(first, understanding.TierKey);
        Assert.Equal(second, understanding.OtherTierKey);
    }

    [Theory]
    [InlineData("Comment donner de l'argent au fonds ?")]
    [InlineData("Can you support me with the registration?")]
    public void Everyday_words_are_not_tiers(string text) =>
        Assert.Null(_knowledge.Read(text).TierKey);

    [Theory]
    [InlineData("is 16 March too late for the prizes?", Language.English, "2026-03-16")]
    [InlineData("est-ce que le 16 mars c'est trop tard ?", Language.French, "2026-03-16")]
    [InlineData("Can I submit on March 19?", Language.English, "2026-03-19")]
    public void Reads_a_mentioned_day(string text, Language language, string day) =>
        Assert.Equal(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), _knowledge.Read(text, language).MentionedDate);

    [Theory]
    [InlineData("When is the opening ceremony?", EventKind.OpeningCeremony)]
    [InlineData("Quand est prévue la table ronde ministérielle ?", EventKind.MinisterialRoundTable)]
    [InlineData("When is AI for Good?", EventKind.AiSummit)]
    [InlineData("dialogue sur la gouvernance de l'IA", EventKind.AiGovernanceDialogue)]
    public void Reads_the_event(string text, EventKind kind) =>
        Assert.Equal(kind, _knowledge.Read(text).Event);

    [Theory]
    [InlineData("What's the weather like in Geneva?", "weather")]
    [InlineData("Ai-je besoin d'un visa ?", "visa")]
    [InlineData("hotel prices near palexpo", "hotel")]
    [InlineData("Y a-t-il un parking ?", "parking")]
    [InlineData("How much does it cost to attend?", "fees")]
    public void Flags_subjects_the_letters_do_not_treat(string text, string topic) =>
        Assert.Equal(topic, _knowledge.Read(text).OutOfScopeTopic);
}
