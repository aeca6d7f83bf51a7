using System.Globalization;
using WsisBot.Knowledge.Facts;
using WsisBot.Knowledge.Vocabulary;

namespace WsisBot.Knowledge.Composition;

/// <summary>How answers write days, ranges, amounts, places, quotes and sources in each language.</summary>
public static class AnswerText
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static CultureInfo Culture(Language language) => language == Language.French ? French : English;

    /// <summary>"1er mai 2026" / "1 May 2026".</summary>
    public static string Day(DateOnly day, Language language) =>
        language == Language.French
            ? (day.Day == 1 ? "1er" : day.Day.ToString(CultureInfo.InvariantCulture)) + day.ToString(" MMMM yyyy", French)
            : day.ToString("d MMMM yyyy", English);

    /// <summary>"jeudi 9 juillet 2026" / "Thursday 9 July 2026".</summary>
    public static string DayWithWeekday(DateOnly day, Language language) =>
        day.ToString("dddd", Culture(language)) + " " + Day(day, language);

    /// <summary>"du 6 au 10 juillet 2026" / "6–10 July 2026"; one day: "le jeudi 8 juillet 2026" / "Thursday 8 July 2026".</summary>
    public static string Range(DateOnly from, DateOnly to, Language language)
    {
        if (from == to)
        {
            return language.Pick("le " + DayWithWeekday(from, language), DayWithWeekday(from, language));
        }

        var sameMonth = from.Month == to.Month && from.Year == to.Year;
        if (language == Language.French)
        {
            var start = sameMonth ? (from.Day == 1 ? "1er" : from.Day.ToString(CultureInfo.InvariantCulture)) : Day(from, language);
            return $"du {start} au {Day(to, language)}";
        }

        return sameMonth ? $"{from.Day}–{Day(to, language)}" : $"{Day(from, language)} – {Day(to, language)}";
    }

    /// <summary>"75 000 CHF" / "CHF 75,000".</summary>
    public static string Chf(decimal amount, Language language) =>
        language == Language.French
            ? amount.ToString("#,0", French).Replace('\u202F', ' ').Replace('\u00A0', ' ') + " CHF"
            : "CHF " + amount.ToString("#,0", English);

    /// <summary>"dans 12 jours", "demain", "aujourd'hui", "il y a 3 jours" / "in 12 days", "tomorrow", "today", "3 days ago".</summary>
    public static string Relative(int days, Language language) => days switch
    {
        0 => language.Pick("aujourd'hui", "today"),
        1 => language.Pick("demain", "tomorrow"),
        -1 => language.Pick("hier", "yesterday"),
        > 1 => language.Pick($"dans {days} jours", $"in {days} days"),
        _ => language.Pick($"il y a {-days} jours", $"{-days} days ago"),
    };

    /// <summary>A place as the letter writes it, in English with the vocabulary's place names ("Palexpo, Geneva (Switzerland)").</summary>
    public static string Place(string place, Language language) =>
        language == Language.French
            ? place
            : Lexicon.PlacesInEnglish.Aggregate(place, (text, entry) => text.Replace(entry.Key, entry.Value, StringComparison.Ordinal));

    /// <summary>"**Oui.** " / "**No.** ": the answer to a yes/no question, first.</summary>
    public static string YesNo(bool yes, Language language) => yes ? language.Pick("**Oui.** ", "**Yes.** ") : language.Pick("**Non.** ", "**No.** ");

    /// <summary>"SMSI 2026" / "WSIS 2026".</summary>
    public static string Edition(int year, Language language) => language.Pick($"SMSI {year}", $"WSIS {year}");

    /// <summary>
    /// The sentence a fact comes from, quoted for a French reader; an English reader has the fact in English and the source
    /// line, and is spared the French.
    /// </summary>
    public static string SourceSentence(string text, Language language) => language == Language.French ? $"\n\n{Quote(text, language)}" : string.Empty;

    /// <summary>A passage quoted as a markdown block; for an English reader, marked as the French original.</summary>
    public static string Quote(string text, Language language) =>
        language.Pick($"> « {text.Trim()} »", $"> « {text.Trim()} »\n>\n> *(original in French)*");

    /// <summary>"Source : lettre CL-26/17 du 17 mars 2026" / "Source: letter CL-26/17 of 17 March 2026".</summary>
    public static string Sources(IEnumerable<Citation> citations, Language language)
    {
        var letters = citations.Distinct().Select(c => language.Pick(
            $"lettre {Reference(c.Reference)} du {Day(c.LetterDate, language)}",
            $"letter {Reference(c.Reference)} of {Day(c.LetterDate, language)}")).ToList();
        var label = letters.Count > 1 ? language.Pick("Sources :", "Sources:") : language.Pick("Source :", "Source:");
        return $"*{label} {string.Join("; ", letters)}*";
    }

    /// <summary>A letter's reference inside a sentence: long ones in quotes ("« Fonds d'affectation spéciale pour le SMSI 2026 »").</summary>
    public static string Reference(string reference) => reference.Count(c => c == ' ') >= 3 ? $"« {reference} »" : reference;
}
