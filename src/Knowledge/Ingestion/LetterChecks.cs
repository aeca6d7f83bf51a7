using WsisBot.Knowledge.Facts;
using WsisBot.Knowledge.Vocabulary;

namespace WsisBot.Knowledge.Ingestion;

/// <summary>What a letter's reading missed, told to the secretariat so a letter whose table did not come through is seen at once.</summary>
internal static class LetterChecks
{
    public static List<LetterProblem> Problems(
        LetterText text, LetterReading reading, IReadOnlyList<Deadline> deadlines, IReadOnlyList<ForumEvent> events, IReadOnlyList<PartnershipTier> tiers)
    {
        var problems = new List<LetterProblem>();
        if (!text.DateStated)
        {
            problems.Add(new LetterProblem(LetterProblemKind.NoDate, text.Letter.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        }

        if (!text.ReferenceStated)
        {
            problems.Add(new LetterProblem(LetterProblemKind.NoReference));
        }

        if (reading.PagesWithoutText.Count > 0)
        {
            problems.Add(new LetterProblem(LetterProblemKind.PagesWithoutText, string.Join(", ", reading.PagesWithoutText)));
        }

        if (deadlines.Count == 0 && events.Count == 0 && tiers.Count == 0)
        {
            problems.Add(new LetterProblem(LetterProblemKind.NothingFound));
        }

        if (tiers.Count > 0 && tiers.All(t => t.PriceChf is null))
        {
            problems.Add(new LetterProblem(LetterProblemKind.TableWithoutPrices));
        }
        else
        {
            problems.AddRange(tiers.Where(t => t.PriceChf is null && t.PriceText.Length == 0).Select(t => new LetterProblem(LetterProblemKind.TierWithoutPrice, t.FrenchName)));
        }

        problems.AddRange(tiers.SelectMany(t => t.Benefits).Select(b => b.Label).Distinct()
            .Where(label => OfferGlossary.RowInEnglish(label) is null)
            .Select(label => new LetterProblem(LetterProblemKind.RowWithoutEnglish, label)));
        return problems;
    }
}
