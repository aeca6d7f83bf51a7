using WsisBot.Knowledge.Extraction;
using WsisBot.Knowledge.Facts;
using WsisBot.Knowledge.Ingestion;
using WsisBot.Knowledge.Vocabulary;

namespace WsisBot.Knowledge.Questions;

/// <summary>
/// Reads a question against one corpus snapshot: mends typos, finds the slots (a row of the offer table, tiers, programme,
/// event, edition, a day, a budget, a subject out of scope, what a yes/no question asks), then the intent from the
/// vocabulary's rules. A follow-up takes what it does not name from the previous question's frame (<see cref="FollowUp"/>);
/// a message asking several questions is read clause by clause (<see cref="Clauses"/>).
/// </summary>
internal sealed class QuestionReader
{
    private static readonly Programme[] ProgrammePriority =
        [Programme.SpeakingSlot, Programme.Prizes, Programme.Stocktaking, Programme.OpenConsultation, Programme.TrustFund, Programme.Partnership];

    private static readonly Programme[] Submissions = [Programme.OpenConsultation, Programme.Stocktaking, Programme.Prizes, Programme.SpeakingSlot];

    private readonly KnowledgeSnapshot _snapshot;
    private readonly Spelling _spelling;
    private readonly IReadOnlyList<(string Key, CueGroup Cues)> _rows;
    private readonly HashSet<string> _rowWords;

    public QuestionReader(KnowledgeSnapshot snapshot)
    {
        _snapshot = snapshot;
        _rows = (snapshot.TiersOf() is [var first, ..] ? first : null)?.Benefits.Select(b => (b.Key, OfferGlossary.RowCues(b.Label))).ToList() ?? [];
        _rowWords = _rows.SelectMany(r => r.Cues.Phrases).SelectMany(p => p.Split(' ')).ToHashSet(StringComparer.Ordinal);
        _spelling = new Spelling(Lexicon.AllWords.Concat(_rowWords).Concat(snapshot.Words), Lexicon.CueWords.Concat(_rowWords));
    }

    public Understanding Read(string text, Language language, DateOnly today, QuestionFrame? previous)
    {
        var whole = ReadOne(text, language, today, previous);
        var clauses = Clauses.Of(text);
        // A message that as a whole asks to start a form ("We'd like to become a Silver partner. How do we sign up?") does
        // that, whatever its sentences ask on their own; the form's intro gives its deadline.
        if (clauses.Count < 2 || whole.Intent is Intent.TierComparison or Intent.Submit || whole.Intent.IsConversation())
        {
            return whole;
        }

        var parts = new List<Understanding>();
        var frame = previous;
        // When the message asks with question marks, its other sentences only set the scene ("We're weighing Gold against
        // Platinum. What does each cost?"): they are read for what they name, and the questions lean on them.
        var asked = clauses.Any(c => c.Asked);
        foreach (var (clause, isQuestion, _) in clauses)
        {
            var part = ReadOne(clause, language, today, frame);
            if (!IsQuestionForLetters(part) && part.Intent != Intent.Unknown)
            {
                continue;
            }

            if (part.Intent != Intent.Unknown || part.TierKey is not null || part.Programme is not null || part.Event is not null)
            {
                frame = part.Frame;
            }

            if ((isQuestion || !asked) && IsQuestionForLetters(part))
            {
                parts.Add(part);
            }
        }

        // One question found by splitting a single sentence at "and": the sentence read whole says more.
        if (parts.Count == 1 && !IsQuestionForLetters(whole) && clauses.Select(c => c.Sentence).Distinct().Count() == 1)
        {
            return whole;
        }

        // The questions of the message, without the sentences that only set the scene ("I work for an NGO in Dakar.").
        // Parts that all ask what the whole asks ("How many seats at the opening and closing sessions for Gold?") are one question.
        var distinct = parts.DistinctBy(p => p.Frame with { Question = string.Empty }).ToList();
        return distinct.Count switch
        {
            0 => whole,
            1 when IsQuestionForLetters(whole) => whole,
            1 => distinct[0],
            _ when IsQuestionForLetters(whole) && distinct.All(p => IsPieceOf(p, whole)) => whole,
            _ => distinct[0] with { Text = text, Parts = distinct },
        };
    }

    // A clause that asks what the whole message asks, with no slot the whole does not have: the message is one question.
    private static bool IsPieceOf(Understanding part, Understanding whole) =>
        part.Intent == whole.Intent
        && (part.TierKey is null || part.TierKey == whole.TierKey || part.TierKey == whole.OtherTierKey)
        && (part.RowKey is null || part.RowKey == whole.RowKey)
        && (part.Programme is null || part.Programme == whole.Programme || whole.Programmes.Contains(part.Programme.Value))
        && (part.Event is null || part.Event == whole.Event);

    private static bool IsQuestionForLetters(Understanding u) =>
        u.Intent is not (Intent.Unknown or Intent.Submit or Intent.WhatCanISubmit) && !u.Intent.IsConversation() && u.OutOfScopeTopic is null && u.Confidence >= 0.6;

    private Understanding ReadOne(string text, Language language, DateOnly today, QuestionFrame? previous)
    {
        var reading = ReadAlone(text, language, today, previous);
        var understanding = previous is null ? reading.Understanding : FollowUp.Merge(reading, previous);
        return understanding with { RankedTierKey = RankedTier(understanding) ?? OnlyTierWith(understanding) };
    }

    /// <summary>
    /// The question on its own, with what a follow-up needs to know of it. The previous question only settles what the
    /// words leave open: after a question about tiers, « Combien coûte Appui ? » names the Support tier, and "how much?" a price.
    /// </summary>
    private Reading ReadAlone(string text, Language language, DateOnly today, QuestionFrame? previous)
    {
        var words = Lexicon.Words(text).Select(_spelling.Correct).ToList();
        var q = new Phrases(words);
        var cues = Lexicon.Cues;
        var afterTiers = previous?.Intent is Intent.Tier or Intent.TierComparison;

        // A row's words are not tiers or events: "gold pins", « appui pour l'inscription », "Leaders' Dialogue".
        var (rowKey, rowWords) = Row(q);
        var rest = q.WithoutWordsAt(rowWords);
        // "or", "argent", "appui" are tiers where the question is about tiers: after one, or asking a price.
        var tiers = Wording.Tiers(rest.Words, afterTiers || cues.All["price"].In(rest));
        var programmes = Wording.Programmes(q, tiers, afterTiers);
        var programme = ProgrammePriority.Cast<Programme?>().FirstOrDefault(p => programmes.Contains(p!.Value));
        var submissions = ProgrammePriority.Where(p => Submissions.Contains(p) && programmes.Contains(p)).ToList();
        var eventKind = Lexicon.Events.Where(e => e.Kind != EventKind.Forum).FirstOrDefault(e => e.Phrases.In(rest)).Kind;
        var forumNamed = Lexicon.Events.First(e => e.Kind == EventKind.Forum).Phrases.In(rest);
        // « et l'année d'avant ? »: the edition before the one discussed (or before the newest).
        var edition = cues.All["yearBefore"].In(q) && (previous?.EditionYear ?? _snapshot.NewestEdition) is { } discussed
            ? discussed - 1
            : EditionReader.Read(TextFolding.Fold(text), q, _snapshot, today);
        var mentioned = DateRecognition.Find(text, language, edition ?? _snapshot.NewestEdition ?? today.Year)
            .Where(m => !m.IsRange)
            .Select(m => (DateOnly?)m.From)
            .FirstOrDefault();
        var aboutMoney = tiers.Count > 0 || rowKey is not null || programmes.Contains(Programme.Partnership) || programmes.Contains(Programme.TrustFund)
            || cues.TierList.In(q) || afterTiers;
        var budget = cues.Budget.In(q) && text.Any(char.IsDigit) ? Wording.Amount(text, language) : null;
        var offTopic = OffTopic(q, aboutMoney) ?? (!aboutMoney && cues.Cost.In(q) ? "fees" : null);

        // Cues are read outside the row's words: « appui pour l'inscription » asks about a row, not about registering.
        bool Holds(IntentRule.Condition condition) => condition.Cue?.In(rest) ?? condition.Slot switch
        {
            Slot.OffTopic => offTopic is not null,
            Slot.Programme => programme is not null,
            Slot.Submission => programme is { } p && Submissions.Contains(p),
            Slot.Partnership => programmes.Contains(Programme.Partnership),
            Slot.TrustFund => programme == Programme.TrustFund,
            Slot.Tier => tiers.Count > 0,
            Slot.Tiers2 => tiers.Count > 1,
            Slot.Row => rowKey is not null,
            Slot.Event => eventKind != default,
            Slot.Date => mentioned is not null,
            Slot.Amount => budget is not null,
            Slot.Question => Wording.IsQuestion(q, text),
            _ => false,
        };

        // What asks is the question's own sentence: "Damn. And the open consultation?" only names a programme.
        var sentence = Wording.QuestionSentence(text);
        var asking = sentence == text.Trim() ? q : new Phrases(Lexicon.Words(sentence).Select(_spelling.Correct).ToList());
        var slotsOnly = Wording.SlotsOnly(asking);
        var leftover = Leftover(asking);
        var rule = words.Count == 0 ? null : Lexicon.IntentRules.FirstOrDefault(r => r.Holds(Holds, words.Count));
        var intent = rule?.Intent ?? Intent.Unknown;
        var understanding = new Understanding(
            text,
            intent,
            rule?.Confidence ?? (words.Count == 0 ? 0 : 0.3),
            programme,
            tiers.ElementAtOrDefault(0),
            edition,
            mentioned,
            tiers.ElementAtOrDefault(1),
            eventKind == default ? null : eventKind,
            offTopic,
            StandaloneRequest.Is(intent, words))
        {
            RowKey = rowKey,
            Ranking = cues.Cheapest.In(q) ? Ranking.Cheapest : cues.Dearest.In(q) ? Ranking.Dearest : null,
            RankingScope = cues.Below.In(q) ? RankingScope.BelowNamed : cues.Except.In(q) ? RankingScope.OthersThanNamed : RankingScope.All,
            Budget = budget,
            Asks = Wording.Asks(asking, sentence, slotsOnly, language),
            // The offer table says who gets a lunch, not when it is: a row asked "when" is a detail no letter gives.
            UnstatedDetail = cues.UnstatedDetail.FirstIn(q) ?? (rowKey is not null && cues.When.In(rest) ? "when" : null),
            Programmes = submissions,
            LetterReference = _snapshot.Letters.Select(l => l.Reference).FirstOrDefault(r => r.Any(char.IsDigit) && q.Has(Lexicon.Fold(r))),
            AsksDeadline = cues.Deadline.In(q) || cues.Until.In(q),
            AsksSame = cues.SameAs.In(q),
            AsksWhat = cues.Wh.In(asking),
        };
        understanding = understanding with { Topic = leftover };
        return new Reading(understanding, q, forumNamed, slotsOnly, cues.TierList.In(q), leftover, Wording.SaysFollowUp(text));
    }

    // "Which tier includes the dinner?" when one tier alone does, or the only tier a budget buys: that tier is what "how much
    // is it?" asks about next.
    private string? OnlyTierWith(Understanding u)
    {
        if (u.TierKey is not null)
        {
            return null;
        }

        var tiers = _snapshot.TiersOf();
        var with = u.RowKey is { } row ? tiers.Where(t => t.Row(row)?.Included == true).ToList()
            : u.Budget is { } budget ? tiers.Where(t => t.PriceChf <= budget).ToList()
            : [];
        return with.Count == 1 ? with[0].Key : null;
    }

    // The tier a ranking picks among the newest offer's, for a follow-up to lean on ("how long is its main-stage slot?").
    private string? RankedTier(Understanding u)
    {
        if (u.Ranking is not { } ranking)
        {
            return null;
        }

        var named = new[] { u.TierKey, u.OtherTierKey }.OfType<string>().ToHashSet();
        var priced = _snapshot.TiersOf().Where(t => t.PriceChf is not null && (u.RankingScope == RankingScope.All || !named.Contains(t.Key))).ToList();
        var pick = ranking == Ranking.Cheapest ? priced.MinBy(t => t.PriceChf) : priced.MaxBy(t => t.PriceChf);
        return pick?.Key;
    }

    // The row of the offer table the question names: the row whose cues cover the most words, the first named on a tie
    // ("a promo video in the exhibition area" is about the video).
    private (string? Key, IReadOnlySet<int> Words) Row(Phrases q)
    {
        string? key = null;
        HashSet<int> covered = [];
        var start = int.MaxValue;
        foreach (var (rowKey, cues) in _rows)
        {
            var positions = cues.Phrases.Where(p => p.Length > 0 && q.Has(p)).SelectMany(q.PositionsOf).ToHashSet();
            var first = positions.Count == 0 ? int.MaxValue : positions.Min();
            if (positions.Count > covered.Count || (positions.Count == covered.Count && positions.Count > 0 && first < start))
            {
                (key, covered, start) = (rowKey, positions, first);
            }
        }

        return (key, covered);
    }

    private string? OffTopic(Phrases q, bool aboutMoney)
    {
        foreach (var (topic, words) in Lexicon.OffTopics)
        {
            if (topic == "fees" && aboutMoney)
            {
                continue;
            }

            // A subject the letters start treating is no longer out of scope.
            if (words.Phrases.Any(w => q.Has(w) && !w.Split(' ').All(_snapshot.Words.Contains)))
            {
                return topic;
            }
        }

        return null;
    }

    // Words no cue, slot or function word accounts for, of three letters or more.
    private List<string> Leftover(Phrases q) =>
        q.Words.Where(w => w.Length >= 3 && !w.Any(char.IsDigit) && !Lexicon.CueWords.Contains(w) && !_rowWords.Contains(w)).ToList();
}
