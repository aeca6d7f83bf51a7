using System.Text.RegularExpressions;
using WsisBot.Knowledge.Facts;
using WsisBot.Knowledge.Vocabulary;

namespace WsisBot.Knowledge.Composition;

/// <summary>
/// Where the letters send people for a programme: a web address in a paragraph that names it (the one whose path names the
/// programme when there are several, "www.wsis.org/stocktaking"), else the secretariat's e-mail for the fund and partnerships.
/// </summary>
internal static partial class Addresses
{
    public static (string? Address, Citation? Letter) Of(KnowledgeSnapshot snapshot, Programme programme, int edition)
    {
        var passages = snapshot.LettersOf(edition)
            .SelectMany(l => l.Body.Where(p => p.Programmes.Contains(programme) && !p.IsTableRow).Select(p => (Letter: l, Passage: p)))
            .ToList();
        foreach (var (letter, passage) in passages.OrderBy(x => x.Passage.Programmes.Count))
        {
            var urls = Url().Matches(passage.Clean).Select(m => m.Value.TrimEnd('.', ',', ')')).Distinct().ToList();
            var named = urls.FirstOrDefault(u => Lexicon.Programmes[programme].Phrases.Any(p => u.Contains(p.Replace(' ', '-'), StringComparison.OrdinalIgnoreCase)));
            var url = named ?? (urls.Count == 1 || passage.Programmes.Count == 1 ? urls.FirstOrDefault() : null);
            if (url is not null)
            {
                return (url, letter.Citation);
            }
        }

        if (programme is Programme.TrustFund or Programme.Partnership && snapshot.ContactOf(edition) is { Email: { } email } contact)
        {
            return (email, contact.Letter);
        }

        return (null, passages.Select(x => x.Letter.Citation).FirstOrDefault());
    }

    /// <summary>The paragraph of the edition's letters that tells people how to take part in the programme (the one with its address).</summary>
    public static Passage? Passage(KnowledgeSnapshot snapshot, Programme programme, int edition)
    {
        var passages = snapshot.LettersOf(edition).SelectMany(l => l.Body).Where(p => p.Programmes.Contains(programme) && !p.IsTableRow).ToList();
        return passages.FirstOrDefault(p => Url().IsMatch(p.Clean) && p.Programmes.Count == 1)
            ?? passages.OrderBy(p => p.Programmes.Count).FirstOrDefault();
    }

    [GeneratedRegex(@"(?:https?://)?www\.[\w-]+(?:\.[\w-]+)+(?:/[\w./-]*)?", RegexOptions.IgnoreCase)]
    private static partial Regex Url();
}
