using WsisBot.Knowledge;
using WsisBot.Knowledge.Composition;
using WsisBot.Knowledge.Facts;

namespace WsisBot.Bot.Submissions;

/// <summary>Reads the current knowledge snapshot into what the forms need (a new letter changes the forms at once).</summary>
public sealed class FormFactsSource(IKnowledgeFacts knowledge)
{
    public FormFacts Current()
    {
        var snapshot = knowledge.Current;
        var today = knowledge.Today;
        var edition = snapshot.NewestEdition ?? today.Year;
        var status = Enum.GetValues<Programme>().ToDictionary(p => p, p => snapshot.StatusOf(p, today, edition));
        var tiers = snapshot.TiersOf()
            .Select(t => new FieldChoice(t.Key, TierTitle(t, Language.French), TierTitle(t, Language.English)))
            .ToList();
        var sessions = snapshot.EventsOf(edition)
            .Where(e => e.Kind is EventKind.HighLevelTrack or EventKind.MinisterialRoundTable)
            .Select(e => new FieldChoice($"{e.Kind}-{e.Start:yyyyMMdd}", $"{e.Name} ({AnswerText.Range(e.Start, e.End, Language.French)})", $"{EnglishName(e.Kind)} ({AnswerText.Range(e.Start, e.End, Language.English)})"))
            .ToList();
        return new FormFacts(edition, status, tiers, sessions, snapshot.ContactOf(edition) ?? snapshot.ContactOf());
    }

    private static string TierTitle(PartnershipTier tier, Language language) =>
        tier.PriceChf is { } price
            ? $"{tier.Name(language)} — {AnswerText.Chf(price, language)}"
            : $"{tier.Name(language)} — {language.Pick("sur contact", "on request")}";

    /// <summary>The letters name sessions in French only; English askers get the session's kind.</summary>
    private static string EnglishName(EventKind kind) => kind == EventKind.MinisterialRoundTable ? "Ministerial round table" : "High-level track";
}
