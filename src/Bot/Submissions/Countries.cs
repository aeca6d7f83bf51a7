using System.Globalization;
using System.Text;

namespace WsisBot.Bot.Submissions;

/// <summary>
/// Countries and territories as the platform's ICU data knows them (ISO 3166 code, English and French names),
/// so a country is checked without a hand-kept list.
/// </summary>
public static class Countries
{
    public sealed record Country(string Code, string English, string French);

    private static readonly Lazy<IReadOnlyList<Country>> All = new(Load);

    public static Country? Find(string text)
    {
        var folded = Fold(text);
        return All.Value.FirstOrDefault(c => Fold(c.Code) == folded || Fold(c.English) == folded || Fold(c.French) == folded);
    }

    public static Country? ByCode(string code) => All.Value.FirstOrDefault(c => c.Code == code);

    /// <summary>Lower case, no accents, no punctuation: "Côte d’Ivoire" and "cote d'ivoire" meet.</summary>
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        return builder.ToString().Trim();
    }

    private static IReadOnlyList<Country> Load()
    {
        var countries = new Dictionary<string, Country>();
        foreach (var culture in CultureInfo.GetCultures(CultureTypes.SpecificCultures))
        {
            var region = new RegionInfo(culture.Name);
            var code = region.TwoLetterISORegionName;
            if (code.Length != 2 || !char.IsLetter(code[0]) || countries.ContainsKey(code))
            {
                continue;
            }

            // The region as a French-speaking culture of that country names it: ICU gives "fr-DE" → "Allemagne".
            var french = new RegionInfo(CultureInfo.GetCultureInfo("fr-" + code).Name).NativeName;
            countries[code] = new Country(code, region.EnglishName, french);
        }

        return [.. countries.Values.OrderBy(c => c.English, StringComparer.Ordinal)];
    }
}
