using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using WsisBot.Knowledge.Ingestion;
using WsisBot.Knowledge.Facts;

namespace WsisBot.Knowledge.Vocabulary;

/// <summary>
/// The one registry of wording (<c>vocabulary.json</c>, embedded): the cues that tell what a message asks, the bot's
/// commands, the names of programmes, tiers and events, subjects out of scope, relative years, the search expansion,
/// function words and the intent rules. Loaded once; every recogniser in the bot reads it.
/// </summary>
public static partial class Lexicon
{
    private static readonly Lazy<Loaded> Data = new(() => Load(typeof(Lexicon).Assembly.GetManifestResourceStream("WsisBot.Knowledge.Vocabulary.vocabulary.json")
        ?? throw new InvalidOperationException("vocabulary.json is not embedded in WsisBot.Knowledge.")));

    /// <summary>What a question asks (intents, yes/no, follow-ups).</summary>
    public static IntentCues Cues => Data.Value.Cues;

    /// <summary>The bot's own whole-message commands (cancel, confirm, "English please", yes/no to an offer…).</summary>
    public static Commands Commands => Data.Value.Commands;

    /// <summary>Words with no request in them ("please", « svp »), set aside when a message is compared with a command.</summary>
    public static CueGroup Politeness => Data.Value.Politeness;

    public static IReadOnlyDictionary<Programme, CueGroup> Programmes => Data.Value.Programmes;

    /// <summary>"prix" beside one of these words is a price, not the prizes.</summary>
    public static CueGroup PriceNotPrize => Data.Value.PriceNotPrize;

    /// <summary>Words for each tier, by the offer table's folded French name.</summary>
    public static IReadOnlyDictionary<string, CueGroup> Tiers => Data.Value.Tiers;

    public static IReadOnlySet<string> EverydayTierWords => Data.Value.EverydayTierWords;

    public static IReadOnlySet<string> TierContext => Data.Value.TierContext;

    /// <summary>Event kinds with their phrases, the most specific kind first.</summary>
    public static IReadOnlyList<(EventKind Kind, CueGroup Phrases)> Events => Data.Value.Events;

    public static CueGroup EventHeads => Data.Value.EventHeads;

    public static IReadOnlyList<(string Topic, CueGroup Words)> OffTopics => Data.Value.OffTopics;

    public static IReadOnlyList<(string Phrase, int Offset)> RelativeYears => Data.Value.RelativeYears;

    public static IReadOnlyDictionary<string, string> SearchExpansion => Data.Value.SearchExpansion;

    public static IReadOnlySet<string> FrenchStopWords => Data.Value.FrenchStopWords;

    public static IReadOnlySet<string> EnglishStopWords => Data.Value.EnglishStopWords;

    public static IReadOnlySet<string> FrenchWords => Data.Value.FrenchWords;

    public static IReadOnlySet<string> EnglishWords => Data.Value.EnglishWords;

    /// <summary>Place names of the letters in English ("Genève" → "Geneva").</summary>
    public static IReadOnlyDictionary<string, string> PlacesInEnglish => Data.Value.PlacesInEnglish;

    /// <summary>Quantifiers, nouns after a figure, and names, in English: what an English reader of a French quote is told in short.</summary>
    public static GistWords Gist => Data.Value.Gist;

    /// <summary>How a question's intent is decided: the first rule that holds.</summary>
    public static IReadOnlyList<IntentRule> IntentRules => Data.Value.Rules;

    /// <summary>
    /// The folded words of a text as the vocabulary reads it. Folding drops accents, and one accent carries the meaning:
    /// « où » (where) would fold to "ou" (or), so it is read as "where" first — in the vocabulary's phrases and in messages alike.
    /// "m²" reads "m2".
    /// </summary>
    public static IReadOnlyList<string> Words(string text) => TextFolding.Words(Where().Replace(text, "where").Replace('²', '2'));

    /// <summary>A phrase folded the way <see cref="Words"/> reads messages.</summary>
    public static string Fold(string phrase) => string.Join(' ', Words(phrase));

    public static bool IsStopWord(string word) => FrenchStopWords.Contains(word) || EnglishStopWords.Contains(word);

    /// <summary>Every word of every phrase, the search expansion's included: what the spelling corrector mends typos towards.</summary>
    public static IEnumerable<string> AllWords => Data.Value.AllWords;

    /// <summary>The words of the cues, commands and slots, and the function words: a word outside them says what a question is about.</summary>
    public static IReadOnlySet<string> CueWords => Data.Value.CueWords;

    /// <summary>The kind of event a folded event name tells, or <see cref="EventKind.Other"/>.</summary>
    public static EventKind KindOfEventName(string foldedName)
    {
        foreach (var (kind, phrases) in Events)
        {
            if (phrases.Phrases.Any(p => foldedName.Contains(p, StringComparison.Ordinal)))
            {
                return kind;
            }
        }

        return EventKind.Other;
    }

    private static Loaded Load(Stream stream)
    {
        using (stream)
        {
            var file = JsonSerializer.Deserialize<VocabularyFile>(stream, VocabularyJson.Options) ?? throw new InvalidDataException("vocabulary.json is empty.");
            return new Loaded(file);
        }
    }

    private sealed record VocabularyFile(
        Dictionary<string, string[]> Cues,
        Dictionary<string, string[]> Commands,
        string[] Politeness,
        Dictionary<string, string[]> Programmes,
        string[] PriceNotPrize,
        Dictionary<string, string[]> Tiers,
        string[] EverydayTierWords,
        string[] TierContext,
        EventTerms[] Events,
        string[] EventHeads,
        Dictionary<string, string[]> OffTopics,
        Dictionary<string, int> RelativeYears,
        Dictionary<string, string> SearchExpansion,
        LanguagePair StopWords,
        LanguagePair LanguageWords,
        Dictionary<string, string> PlacesInEnglish,
        GistWords Gist,
        IntentRule.Written[] Intents);

    private sealed record EventTerms(EventKind Kind, string[] Phrases);

    /// <summary>The vocabulary's "gist" section.</summary>
    public sealed record GistWords(Dictionary<string, string> Quantifiers, Dictionary<string, string> Nouns, Dictionary<string, string> Names);

    private sealed record LanguagePair(string[] French, string[] English);

    private sealed class Loaded
    {
        public Loaded(VocabularyFile file)
        {
            var groups = file.Cues.ToDictionary(kv => kv.Key, kv => new CueGroup(kv.Key, kv.Value), StringComparer.Ordinal);
            Cues = new IntentCues(groups);
            Commands = new Commands(file.Commands.ToDictionary(kv => kv.Key, kv => new CueGroup(kv.Key, kv.Value), StringComparer.Ordinal));
            Politeness = new CueGroup("politeness", file.Politeness);
            Programmes = file.Programmes.ToDictionary(kv => Enum.Parse<Programme>(kv.Key), kv => new CueGroup(kv.Key, kv.Value));
            PriceNotPrize = new CueGroup("priceNotPrize", file.PriceNotPrize);
            Tiers = file.Tiers.ToDictionary(kv => kv.Key, kv => new CueGroup(kv.Key, kv.Value), StringComparer.Ordinal);
            EverydayTierWords = Folded(file.EverydayTierWords);
            TierContext = Folded(file.TierContext);
            Events = file.Events.Select(e => (e.Kind, new CueGroup(e.Kind.ToString(), e.Phrases))).ToList();
            EventHeads = new CueGroup("eventHeads", file.EventHeads);
            OffTopics = file.OffTopics.Select(kv => (kv.Key, new CueGroup(kv.Key, kv.Value))).ToList();
            RelativeYears = file.RelativeYears.Select(kv => (Fold(kv.Key), kv.Value)).ToList();
            SearchExpansion = file.SearchExpansion.ToDictionary(kv => Fold(kv.Key), kv => Fold(kv.Value), StringComparer.Ordinal);
            FrenchStopWords = Folded(file.StopWords.French);
            EnglishStopWords = Folded(file.StopWords.English);
            // Telling words are compared with the text as written: « où » is a French word here, not "where".
            FrenchWords = file.LanguageWords.French.Select(w => string.Join(' ', TextFolding.Words(w))).ToHashSet(StringComparer.Ordinal);
            EnglishWords = file.LanguageWords.English.Select(w => string.Join(' ', TextFolding.Words(w))).ToHashSet(StringComparer.Ordinal);
            PlacesInEnglish = file.PlacesInEnglish;
            Gist = file.Gist;
            Rules = file.Intents.Select(r => r.Resolve(groups)).ToList();
            // Subjects out of scope are subjects: their words are not cue words.
            CueWords = groups.Values.Concat(Commands.All.Values).Concat(Programmes.Values).Concat(Tiers.Values).Concat(Events.Select(e => e.Item2))
                .Append(Politeness)
                .SelectMany(g => g.Phrases)
                .Concat(RelativeYears.Select(r => r.Item1))
                .Concat(FrenchStopWords)
                .Concat(EnglishStopWords)
                .Concat(TierContext)
                .SelectMany(p => p.Split(' '))
                .Where(w => w.Length > 0)
                .ToHashSet(StringComparer.Ordinal);
            AllWords = CueWords.Concat(SearchExpansion.Keys.SelectMany(k => k.Split(' ')))
                .Concat(OffTopics.SelectMany(t => t.Item2.Phrases).SelectMany(p => p.Split(' ')))
                .ToHashSet(StringComparer.Ordinal);
        }

        public IntentCues Cues { get; }

        public Commands Commands { get; }

        public CueGroup Politeness { get; }

        public Dictionary<Programme, CueGroup> Programmes { get; }

        public CueGroup PriceNotPrize { get; }

        public Dictionary<string, CueGroup> Tiers { get; }

        public HashSet<string> EverydayTierWords { get; }

        public HashSet<string> TierContext { get; }

        public List<(EventKind, CueGroup)> Events { get; }

        public CueGroup EventHeads { get; }

        public List<(string, CueGroup)> OffTopics { get; }

        public List<(string, int)> RelativeYears { get; }

        public Dictionary<string, string> SearchExpansion { get; }

        public HashSet<string> FrenchStopWords { get; }

        public HashSet<string> EnglishStopWords { get; }

        public HashSet<string> FrenchWords { get; }

        public HashSet<string> EnglishWords { get; }

        public Dictionary<string, string> PlacesInEnglish { get; }

        public GistWords Gist { get; }

        public List<IntentRule> Rules { get; }

        public HashSet<string> AllWords { get; }

        public HashSet<string> CueWords { get; }

        private static HashSet<string> Folded(IEnumerable<string> phrases) => phrases.Select(Fold).Where(p => p.Length > 0).ToHashSet(StringComparer.Ordinal);
    }

    [GeneratedRegex(@"(?<!\p{L})[oO][ùÙ](?!\p{L})")]
    private static partial Regex Where();
}
