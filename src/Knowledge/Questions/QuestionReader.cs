using WsisBot.Knowledge.Extraction;
using WsisBot.Knowledge.Facts;
using WsisBot.Knowledge.Ingestion;
using WsisBot.Knowledge.Vocabulary;

namespace WsisBot.Knowledge.Questions;

/// <summary>
/// Reads a question against one corpus snapshot: mends typos, finds the slots (programme, tiers, event,
/// edition, a mentioned day, an out-of-scope subject), then the intent from cue phrases, the most specific first.
/// </summary>
internal sealed class QuestionReader
{
    private static readonly Programme[] ProgrammePriority =
        [Programme.SpeakingSlot, Programme.Prizes, Programme.Stocktaking, Programme.OpenConsultation, Programme.TrustFund, Programme.Partnership];

    private static readonly Programme[] Submissions = [Programme.OpenConsultation, Programme.Stocktaking, Programme.Prizes, Programme.SpeakingSlot];

    // Asking what something costs, other than a partnership or the fund: the letters price nothing else.
    private static readonly string[] CostWords = IntentCues.Price.Except(["prix", "combien", "montant", "amount", "budget"]).ToArray();

    private readonly KnowledgeSnapshot _snapshot;
    private readonly Spelling _spelling;

    public QuestionReader(KnowledgeSnapshot snapshot)
    {
        _snapshot = snapshot;
        _spelling = new Spelling(KnownWords(snapshot));
    }

    public Understanding Read(string text, Language language, DateOnly today)
    {
        var words = TextFolding.Words(text).Select(_spelling.Correct).ToList();
        var q = new Phrases(string.Join(' ', words));
        var folded = TextFolding.Fold(text);

        var tiers = Tiers(q.Words);
        var programmes = Programmes(q, tiers);
        var programme = ProgrammePriority.Cast<Programme?>().FirstOrDefault(p => programmes.Contains(p!.Value));
        var eventKind = Glossary.EventKindTerms
            .Where(t => t.Kind != EventKind.Forum)
            .FirstOrDefault(t => q.HasAny(t.Phrases)).Kind;
        var edition = EditionReader.Read(folded, q, _snapshot, today);
        var mentioned = DateRecognition.Find(text, language, edition ?? _snapshot.NewestEdition ?? today.Year)
            .Where(m => !m.IsRange)
            .Select(m => (DateOnly?)m.From)
            .FirstOrDefault();
        var aboutMoney = tiers.Count > 0 || programmes.Contains(Programme.Partnership) || programmes.Contains(Programme.TrustFund);
        var offTopic = OffTopic(q, aboutMoney)
            ?? (!aboutMoney && CostWords.Any(q.Has) ? "fees" : null);

        var understanding = new Understanding(
            text,
            Intent.Unknown,
            0.3,
            programme,
            tiers.ElementAtOrDefault(0),
            edition,
            mentioned,
            tiers.ElementAtOrDefault(1),
            eventKind == default ? null : eventKind,
            offTopic);

        var (intent, confidence) = Classify(q, words.Count, understanding, programmes, tiers, text);
        return understanding with { Intent = intent, Confidence = confidence, Standalone = StandaloneRequest.Is(intent, q.Words) };
    }

    private static (Intent, double) Classify(Phrases q, int wordCount, Understanding u, IReadOnlySet<Programme> programmes, List<string> tiers, string text)
    {
        var submission = u.Programme is { } p && Submissions.Contains(p);
        var namesDeadline = q.HasAny(IntentCues.Deadline);
        var asksDeadline = namesDeadline || (submission && (u.MentionedDate is not null || q.HasAny(IntentCues.Until)));
        var asksWhen = q.HasAny(IntentCues.When);
        var partnership = programmes.Contains(Programme.Partnership);

        if (wordCount == 0)
        {
            return (Intent.Unknown, 0);
        }

        if (u.OutOfScopeTopic is not null)
        {
            return (Intent.Unknown, 0.9);
        }

        if (q.HasAny(IntentCues.Human))
        {
            return (Intent.Human, 0.95);
        }

        if (q.HasAny(IntentCues.MySubmissions))
        {
            return (Intent.MySubmissions, 0.9);
        }

        if (q.HasAny(IntentCues.Help) && wordCount <= 6 && u.Programme is null && tiers.Count == 0)
        {
            return (Intent.Help, 0.9);
        }

        if (q.HasAny(IntentCues.WhatCanISubmit) && u.Programme is null && tiers.Count == 0)
        {
            return (Intent.WhatCanISubmit, 0.85);
        }

        if (q.HasAny(IntentCues.Submit) && !asksDeadline && !asksWhen)
        {
            return (Intent.Submit, 0.85);
        }

        if (tiers.Count >= 2 || (tiers.Count == 1 && q.HasAny(IntentCues.Comparison)))
        {
            return (Intent.TierComparison, 0.9);
        }

        if (tiers.Count == 1)
        {
            return (Intent.Tier, 0.9);
        }

        if ((partnership || q.HasAny(IntentCues.TierList)) && (q.HasAny(IntentCues.Price) || q.HasAny(IntentCues.Benefits) || q.HasAny(IntentCues.TierList)))
        {
            return (Intent.Tier, 0.85);
        }

        if ((asksDeadline && submission) || (namesDeadline && u.Programme is null))
        {
            return (Intent.Deadline, 0.9);
        }

        if (asksWhen && submission)
        {
            return (Intent.Deadline, 0.8);
        }

        if (u.Event is not null)
        {
            return (Intent.Event, 0.85);
        }

        if (u.Programme == Programme.TrustFund || q.HasAny(IntentCues.TrustFund))
        {
            return (Intent.TrustFund, 0.85);
        }

        if (partnership)
        {
            return (Intent.Tier, 0.75);
        }

        if (q.HasAny(IntentCues.Registration))
        {
            return (Intent.Registration, 0.85);
        }

        if (q.HasAny(IntentCues.Contact))
        {
            return (Intent.Contact, 0.85);
        }

        // "Until when was the mandate renewed?": a question about something else than the Forum's dates.
        if (q.HasAny(["jusqu a quand", "jusqu quand", "until when"]))
        {
            return (Intent.Unknown, 0.3);
        }

        if (q.HasAny(IntentCues.Venue) || text.Contains("où", StringComparison.OrdinalIgnoreCase))
        {
            return (Intent.Venue, 0.85);
        }

        if (q.HasAny(IntentCues.EventList))
        {
            return (Intent.Event, 0.75);
        }

        if (q.HasAny(IntentCues.Dates))
        {
            return (Intent.Dates, 0.8);
        }

        if (q.HasAny(IntentCues.Greeting) && wordCount <= 4)
        {
            return (Intent.Greeting, 0.9);
        }

        if (q.HasAny(IntentCues.Help))
        {
            return (Intent.Help, 0.8);
        }

        return (Intent.Unknown, 0.3);
    }

    private static List<string> Tiers(IReadOnlyList<string> words)
    {
        var keys = new List<string>();
        for (var i = 0; i < words.Count; i++)
        {
            if (!Glossary.TierWords.TryGetValue(words[i], out var key) || keys.Contains(key))
            {
                continue;
            }

            // "or", "argent", "support" are everyday words: a tier only beside a tier context or another tier.
            var besideContext = (i > 0 && IsTierContext(words[i - 1])) || (i + 1 < words.Count && IsTierContext(words[i + 1]));
            if (!Glossary.AmbiguousTierWords.Contains(words[i]) || besideContext)
            {
                keys.Add(key);
            }
        }

        return keys;
    }

    private static bool IsTierContext(string word) =>
        Glossary.TierContextWords.Contains(word) || (Glossary.TierWords.ContainsKey(word) && !Glossary.AmbiguousTierWords.Contains(word));

    private static HashSet<Programme> Programmes(Phrases q, List<string> tiers)
    {
        var programmes = q.Programmes().ToHashSet();
        // "prix" is a price as often as a prize: with a tier or a cost word it is the price.
        var prizeWords = Glossary.ProgrammeTerms[Programme.Prizes].Where(q.Has).ToList();
        if (prizeWords is ["prix"] && (tiers.Count > 0 || programmes.Contains(Programme.Partnership) || q.HasAny(["combien", "coute", "coutent", "cout", "montant", "chf"])))
        {
            programmes.Remove(Programme.Prizes);
        }

        if (tiers.Count > 0)
        {
            programmes.Add(Programme.Partnership);
        }

        return programmes;
    }

    private string? OffTopic(Phrases q, bool aboutPartnership)
    {
        foreach (var (topic, words) in Glossary.OffTopics)
        {
            if (topic == "fees" && aboutPartnership)
            {
                continue;
            }

            // A subject the letters start treating is no longer out of scope.
            if (words.Any(w => q.Has(w) && !w.Split(' ').All(_snapshot.Words.Contains)))
            {
                return topic;
            }
        }

        return null;
    }

    private static IEnumerable<string> KnownWords(KnowledgeSnapshot snapshot)
    {
        var cues = new[]
        {
            IntentCues.Human, IntentCues.Greeting, IntentCues.Help, IntentCues.MySubmissions, IntentCues.Submit, IntentCues.Deadline, IntentCues.Until, IntentCues.When,
            IntentCues.Price, IntentCues.Benefits, IntentCues.TierList, IntentCues.Comparison, IntentCues.Venue, IntentCues.Dates, IntentCues.EventList,
            IntentCues.Registration, IntentCues.Contact, IntentCues.TrustFund, IntentCues.WhatCanISubmit,
        }.SelectMany(c => c);
        var glossary = Glossary.ProgrammeTerms.Values.SelectMany(v => v)
            .Concat(Glossary.TierWords.Keys)
            .Concat(Glossary.EventKindTerms.SelectMany(t => t.Phrases))
            .Concat(Glossary.OffTopics.SelectMany(t => t.Words))
            .Concat(Glossary.QueryExpansion.Keys)
            .Concat(IntentCues.RelativeYears.Select(r => r.Phrase));
        return cues.Concat(glossary)
            .SelectMany(p => p.Split(' '))
            .Concat(StopWords.French)
            .Concat(StopWords.English)
            .Concat(snapshot.Words);
    }
}
