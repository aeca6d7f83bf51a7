namespace WsisBot.Knowledge.Vocabulary;

/// <summary>Named groups of a section of <c>vocabulary.json</c>; a name the file lacks stops the load.</summary>
public abstract class CueGroups(IReadOnlyDictionary<string, CueGroup> groups)
{
    /// <summary>Every group of the section, by name.</summary>
    public IReadOnlyDictionary<string, CueGroup> All { get; } = groups;

    protected static CueGroup Get(IReadOnlyDictionary<string, CueGroup> groups, string name) =>
        groups.TryGetValue(name, out var group) ? group : throw new InvalidDataException($"vocabulary.json has no group \"{name}\".");
}

/// <summary>The cue groups of <c>vocabulary.json</c>'s "cues", by name; the intent rules name them too.</summary>
public sealed class IntentCues(IReadOnlyDictionary<string, CueGroup> groups) : CueGroups(groups)
{
    public CueGroup Human { get; } = Get(groups, "human");

    public CueGroup Greeting { get; } = Get(groups, "greeting");

    public CueGroup Thanks { get; } = Get(groups, "thanks");

    public CueGroup Help { get; } = Get(groups, "help");

    public CueGroup MySubmissions { get; } = Get(groups, "mySubmissions");

    public CueGroup StillOpen { get; } = Get(groups, "stillOpen");

    public CueGroup TooLate { get; } = Get(groups, "tooLate");

    public CueGroup Cheapest { get; } = Get(groups, "cheapest");

    public CueGroup Dearest { get; } = Get(groups, "dearest");

    public CueGroup Except { get; } = Get(groups, "except");

    public CueGroup Below { get; } = Get(groups, "below");

    public CueGroup Budget { get; } = Get(groups, "budget");

    public CueGroup UnstatedDetail { get; } = Get(groups, "unstatedDetail");

    public CueGroup FollowUp { get; } = Get(groups, "followUp");

    public CueGroup Anaphora { get; } = Get(groups, "anaphora");

    public CueGroup YesNoStart { get; } = Get(groups, "yesNoStart");

    public CueGroup YesNoInversion { get; } = Get(groups, "yesNoInversion");

    public CueGroup Wh { get; } = Get(groups, "wh");

    public CueGroup Deadline { get; } = Get(groups, "deadline");

    public CueGroup Until { get; } = Get(groups, "until");

    public CueGroup When { get; } = Get(groups, "when");

    public CueGroup Venue { get; } = Get(groups, "venue");

    public CueGroup TierList { get; } = Get(groups, "tierList");

    public CueGroup Cost { get; } = Get(groups, "cost");

    public CueGroup SameAs { get; } = Get(groups, "sameAs");

}

/// <summary>The bot's whole-message commands of <c>vocabulary.json</c>'s "commands".</summary>
public sealed class Commands(IReadOnlyDictionary<string, CueGroup> groups) : CueGroups(groups)
{
    public CueGroup Cancel { get; } = Get(groups, "cancel");

    public CueGroup StartOver { get; } = Get(groups, "startOver");

    public CueGroup Confirm { get; } = Get(groups, "confirm");

    public CueGroup Edit { get; } = Get(groups, "edit");

    public CueGroup Skip { get; } = Get(groups, "skip");

    /// <summary>"English please", « en anglais »: answer in English from now on.</summary>
    public CueGroup English { get; } = Get(groups, "english");

    /// <summary>« en français », "French please".</summary>
    public CueGroup French { get; } = Get(groups, "french");

    /// <summary>"agent", « conseiller » on their own: a request for a person outside a form, a job title inside one.</summary>
    public CueGroup PersonAlone { get; } = Get(groups, "personAlone");

    /// <summary>Yes to the bot's own question (the offer to reach the secretariat).</summary>
    public CueGroup Yes { get; } = Get(groups, "yes");

    public CueGroup No { get; } = Get(groups, "no");

    /// <summary>The verb before a submission's reference: "show WSIS-…", « afficher WSIS-… ».</summary>
    public CueGroup Show { get; } = Get(groups, "show");

    /// <summary>"withdraw WSIS-…", « retirer WSIS-… ».</summary>
    public CueGroup Withdraw { get; } = Get(groups, "withdraw");
}
