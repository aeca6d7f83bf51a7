namespace WsisBot.Knowledge.Vocabulary;

/// <summary>What a question names besides its cue words, as the intent rules can test it ("$tier", "$submission"…).</summary>
public enum Slot
{
    OffTopic,
    Programme,
    Submission,
    Partnership,
    TrustFund,
    Tier,
    Tiers2,
    Row,
    Event,
    Date,
    Amount,

    /// <summary>The message asks (a question mark, a question word or yes/no opening), rather than states or requests.</summary>
    Question,
}

/// <summary>
/// One line of the intent table: the intent holds when every condition of <see cref="All"/> holds, one of <see cref="Any"/>
/// (if any are given) and none of <see cref="None"/>, in a message of at most <see cref="MaxWords"/> words.
/// A condition is a cue group (found in the message) or a slot (found by the reader).
/// </summary>
public sealed record IntentRule(Intent Intent, double Confidence, IReadOnlyList<IntentRule.Condition> All, IReadOnlyList<IntentRule.Condition> Any, IReadOnlyList<IntentRule.Condition> None, int? MaxWords)
{
    public bool Holds(Func<Condition, bool> holds, int wordCount) =>
        (MaxWords is null || wordCount <= MaxWords)
        && All.All(holds)
        && (Any.Count == 0 || Any.Any(holds))
        && !None.Any(holds);

    /// <summary>A cue group to find, or a slot to have.</summary>
    public sealed record Condition(CueGroup? Cue, Slot? Slot)
    {
        public override string ToString() => Cue?.Name ?? "$" + Slot;
    }

    /// <summary>A rule as written in vocabulary.json.</summary>
    public sealed record Written(Intent Intent, double Confidence, string[]? All, string[]? Any, string[]? None, int? MaxWords)
    {
        public IntentRule Resolve(IReadOnlyDictionary<string, CueGroup> cues) =>
            new(Intent, Confidence, Names(All, cues), Names(Any, cues), Names(None, cues), MaxWords);

        private List<Condition> Names(string[]? names, IReadOnlyDictionary<string, CueGroup> cues) =>
            (names ?? []).Select(name => name.StartsWith('$')
                    ? new Condition(null, Enum.TryParse<Slot>(name[1..], ignoreCase: true, out var slot) ? slot : throw Unknown(name))
                    : new Condition(cues.TryGetValue(name, out var cue) ? cue : throw Unknown(name), null))
                .ToList();

        private InvalidDataException Unknown(string name) => new($"vocabulary.json: the rule for {Intent} names \"{name}\", which is neither a cue group nor a slot.");
    }
}
