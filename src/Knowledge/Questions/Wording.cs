using WsisBot.Knowledge.Extraction;
using WsisBot.Knowledge.Vocabulary;

namespace WsisBot.Knowledge.Questions;

/// <summary>
/// What a question's words say beyond its intent, as the reader needs it: the tiers and programmes named, whether it asks
/// yes or no, whether it says it follows up, whether it only names slots, its asking sentence, a sum of money.
/// </summary>
internal static class Wording
{
    // "and …", "what about …", « et … » at the start of a sentence of the message ("Damn. And the open consultation?"), or a
    // word pointing back ("it", « ça »).
    public static bool SaysFollowUp(string text)
    {
        var cues = Lexicon.Cues;
        foreach (var sentence in text.Split(['.', '!', '?', ';', '\n', '—'], StringSplitOptions.RemoveEmptyEntries))
        {
            var words = Lexicon.Words(sentence)
                .SkipWhile(w => cues.Greeting.Phrases.Contains(w) || cues.Thanks.Phrases.Contains(w) || Lexicon.Politeness.Phrases.Contains(w))
                .ToList();
            var phrases = new Phrases(words);
            if (cues.FollowUp.StartsIn(phrases) || cues.Anaphora.In(phrases))
            {
                return true;
            }
        }

        return false;
    }

    // The sentence that asks: the last one with a question mark, else the last ("Damn. And the open consultation?").
    public static string QuestionSentence(string text)
    {
        var sentences = text.Split(['.', '!', ';', '\n', '—'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return sentences.LastOrDefault(s => s.Contains('?')) ?? sentences.LastOrDefault() ?? text;
    }

    /// <summary>
    /// The message asks something (a question mark, or an opening question word or yes/no opening: "Do we…", « Est-ce
    /// que… »), as against a statement or a request ("Sign us up as a Silver partner", « lancez la candidature »).
    /// </summary>
    public static bool IsQuestion(Phrases q, string text)
    {
        var cues = Lexicon.Cues;
        var lead = Lead(q);
        return text.Contains('?') || cues.Wh.StartsIn(lead) || cues.YesNoStart.StartsIn(lead) || cues.YesNoInversion.In(q);
    }

    // The message's words after a greeting or a follow-up's "and": where a question opens.
    private static Phrases Lead(Phrases q) =>
        new(q.Words.SkipWhile(w => Lexicon.Cues.Greeting.Phrases.Contains(w) || Lexicon.Cues.FollowUp.Phrases.Contains(w)).ToList());

    public static YesNo Asks(Phrases q, string text, bool slotsOnly, Language language)
    {
        var cues = Lexicon.Cues;
        if (cues.Wh.In(q))
        {
            return YesNo.None;
        }

        if (cues.StillOpen.In(q))
        {
            return YesNo.StillOpen;
        }

        if (cues.TooLate.In(q))
        {
            return YesNo.TooLate;
        }

        var lead = Lead(q);
        // A French question by intonation ("Le Diamant, c'est exclusif ?") asks yes or no too, when it has a verb.
        var intonation = language == Language.French && text.TrimEnd().EndsWith('?') && !slotsOnly && cues.All["frenchVerbs"].In(q);
        return cues.YesNoStart.StartsIn(lead) || cues.YesNoInversion.In(q) || intonation
            ? YesNo.Question
            : YesNo.None;
    }

    public static List<string> Tiers(IReadOnlyList<string> words, bool afterTiers)
    {
        var keys = new List<string>();
        for (var i = 0; i < words.Count; i++)
        {
            var key = Lexicon.Tiers.FirstOrDefault(t => t.Value.Phrases.Contains(words[i])).Key;
            if (key is null || keys.Contains(key))
            {
                continue;
            }

            // "or", "argent", "support" are everyday words: a tier only beside a tier context or another tier.
            var besideContext = (i > 0 && IsTierContext(words[i - 1])) || (i + 1 < words.Count && IsTierContext(words[i + 1]));
            if (!Lexicon.EverydayTierWords.Contains(words[i]) || besideContext || afterTiers)
            {
                keys.Add(key);
            }
        }

        return keys;
    }

    private static bool IsTierContext(string word) =>
        Lexicon.TierContext.Contains(word) || (!Lexicon.EverydayTierWords.Contains(word) && Lexicon.Tiers.Values.Any(t => t.Phrases.Contains(word)));

    public static HashSet<Programme> Programmes(Phrases q, List<string> tiers, bool afterTiers)
    {
        var programmes = q.Programmes().ToHashSet();
        // "prix" is a price as often as a prize: with a tier, a cost word or after a question about tiers it is the price.
        var prizeWords = Lexicon.Programmes[Programme.Prizes].Phrases.Where(q.Has).ToList();
        if (prizeWords is ["prix"] && (tiers.Count > 0 || afterTiers || programmes.Contains(Programme.Partnership) || Lexicon.PriceNotPrize.In(q)))
        {
            programmes.Remove(Programme.Prizes);
        }

        if (tiers.Count > 0)
        {
            programmes.Add(Programme.Partnership);
        }

        return programmes;
    }

    public static decimal? Amount(string text, Language language)
    {
        var amounts = AmountRecognition.Find(text, language);
        if (amounts.Count == 0)
        {
            amounts = AmountRecognition.Find(text, language == Language.French ? Language.English : Language.French);
        }

        return amounts.Select(a => (decimal?)a.Value).FirstOrDefault();
    }

    // Every word a slot, a follow-up word or a function word that asks nothing: "et l'Argent ?", "and in 2024?".
    public static bool SlotsOnly(Phrases q) => q.Words.All(w => w.All(char.IsDigit) || SlotWords.Value.Contains(w));

    private static readonly Lazy<HashSet<string>> SlotWords = new(() =>
    {
        var cues = Lexicon.Cues;
        var slots = Lexicon.Tiers.Values.Concat(Lexicon.Programmes.Values).Concat(Lexicon.Events.Select(e => e.Phrases))
            .Append(cues.FollowUp).Append(cues.Anaphora).Append(Lexicon.Politeness)
            .SelectMany(g => g.Phrases)
            .Concat(Lexicon.RelativeYears.Select(r => r.Phrase))
            .Concat(Lexicon.TierContext)
            .SelectMany(p => p.Split(' '))
            .ToHashSet(StringComparer.Ordinal);
        // Function words too, unless they ask something ("quand", "combien", "where").
        var asking = cues.All.Values.Except([cues.FollowUp, cues.Anaphora, cues.Greeting, cues.Thanks, cues.YesNoStart, cues.YesNoInversion])
            .SelectMany(g => g.Phrases).Where(p => !p.Contains(' ')).ToHashSet(StringComparer.Ordinal);
        slots.UnionWith(Lexicon.FrenchStopWords.Concat(Lexicon.EnglishStopWords).Where(w => !asking.Contains(w)));
        slots.Add("+20");
        return slots;
    });
}
