using WsisBot.Knowledge.Vocabulary;

namespace WsisBot.Knowledge.Tests;

/// <summary>The one vocabulary (vocabulary.json): it loads, its groups do not compete for a phrase, and typos mend towards it.</summary>
public sealed class VocabularyTests
{
    private readonly Knowledge _knowledge = new("2026-03-18T10:00:00Z");

    [Fact]
    public void The_vocabulary_loads_and_every_intent_rule_names_known_groups_and_slots()
    {
        // Loading resolves every name of every rule (an unknown one throws); the table is evaluated in order, so it is not empty.
        Assert.True(Lexicon.IntentRules.Count > 20);
        Assert.All(Lexicon.IntentRules, rule => Assert.All(rule.All.Concat(rule.Any).Concat(rule.None), c => Assert.True(c.Cue is not null || c.Slot is not null)));
    }

    public static TheoryData<string, string> CompetingGroups => new()
    {
        { "cancel", "confirm" }, { "cancel", "startOver" }, { "cancel", "edit" }, { "cancel", "skip" }, { "confirm", "edit" }, { "confirm", "skip" },
        { "english", "french" }, { "yes", "no" }, { "show", "withdraw" },
    };

    [Theory]
    [MemberData(nameof(CompetingGroups))]
    public void Commands_that_compete_share_no_phrase(string first, string second) =>
        Assert.Empty(Lexicon.Commands.All[first].Phrases.Intersect(Lexicon.Commands.All[second].Phrases));

    [Theory]
    [InlineData("stillOpen", "tooLate")]
    [InlineData("cheapest", "dearest")]
    [InlineData("followUp", "deadline")]
    public void Cues_that_compete_share_no_phrase(string first, string second) =>
        Assert.Empty(Lexicon.Cues.All[first].Phrases.Intersect(Lexicon.Cues.All[second].Phrases));

    [Fact]
    public void Ok_is_an_acknowledgement_not_a_deadline_cue() =>
        Assert.Equal(Intent.Thanks, _knowledge.Read("ok").Intent);

    [Theory]
    [InlineData("dealine for the prizes?", Intent.Deadline)]
    [InlineData("price for platnum sponsorhip?", Intent.Tier)]
    [InlineData("stocktacking deadline", Intent.Deadline)]
    [InlineData("date limte consultation ouverte 2026", Intent.Deadline)]
    [InlineData("wsis fourm dates", Intent.Dates)]
    public void Typos_mend_towards_the_vocabulary(string text, Intent intent) => Assert.Equal(intent, _knowledge.Read(text).Intent);

    [Theory]
    [InlineData("annuler", "cancel")]
    [InlineData("Annuler svp", "cancel")]
    [InlineData("English please", "english")]
    [InlineData("en français s'il vous plaît", "french")]
    [InlineData("oui merci", "yes")]
    public void Commands_are_recognised_as_the_whole_message_politeness_aside(string text, string command) =>
        Assert.True(Lexicon.Commands.All[command].IsWhole(text));

    [Theory]
    [InlineData("annuler la soumission du projet de mon ministère", "cancel")]
    [InlineData("English lessons for our staff", "english")]
    public void A_message_that_only_contains_a_command_word_is_not_the_command(string text, string command) =>
        Assert.False(Lexicon.Commands.All[command].IsWhole(text));

    [Fact]
    public void Ou_with_its_accent_is_where_and_without_it_or()
    {
        Assert.Equal(Intent.Venue, _knowledge.Read("Où se tient le forum ?").Intent);
        Assert.Equal(Intent.TierComparison, _knowledge.Read("Or ou Argent ?").Intent);
    }
}
