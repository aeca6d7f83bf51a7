using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;
using WsisBot.Knowledge.Ingestion;

namespace WsisBot.Knowledge.Extraction;

/// <summary>A day or a range of days found in a text.</summary>
/// <param name="Start">Offset of the mention in the text.</param>
/// <param name="Length">Length of the mention.</param>
/// <param name="From">First day.</param>
/// <param name="To">Last day, as written ("du 6 au 10 juillet" ends on the 10th).</param>
/// <param name="YearGiven">False when the text left the year out and <c>defaultYear</c> filled it.</param>
public sealed record DateMention(int Start, int Length, DateOnly From, DateOnly To, bool YearGiven)
{
    public int End => Start + Length;

    public bool IsRange => To != From;
}

/// <summary>
/// Days and day ranges in French or English text, through Microsoft.Recognizers.Text.
/// Only day-precise mentions count: a bare year or month is not a date here.
/// </summary>
public static partial class DateRecognition
{
    private static readonly Lazy<DateTimeModel> French = new(() => new DateTimeRecognizer(Culture.French).GetDateTimeModel());
    private static readonly Lazy<DateTimeModel> English = new(() => new DateTimeRecognizer(Culture.English).GetDateTimeModel());

    // The recognizers take milliseconds; a cheap look first spares texts that name no day at all (a day has digits).
    public static bool MayContainDate(string text) => text.Any(char.IsDigit) && DateCue().IsMatch(TextFolding.Fold(text));

    public static IReadOnlyList<DateMention> Find(string text, Language language, int defaultYear)
    {
        if (!MayContainDate(text))
        {
            return [];
        }

        var model = language == Language.French ? French.Value : English.Value;
        var mentions = new List<DateMention>();
        foreach (var result in model.Parse(text, new DateTime(defaultYear, 1, 1)))
        {
            if (result.Resolution is null || !result.Resolution.TryGetValue("values", out var raw) || raw is not IEnumerable<Dictionary<string, string>> values)
            {
                continue;
            }

            var timex = values.Select(v => v.GetValueOrDefault("timex")).FirstOrDefault(t => t is not null);
            if (timex is not null && TryReadTimex(timex, defaultYear, out var from, out var to, out var yearGiven))
            {
                mentions.Add(new DateMention(result.Start, result.End - result.Start + 1, from, to, yearGiven));
            }
        }

        return mentions;
    }

    private static bool TryReadTimex(string timex, int defaultYear, out DateOnly from, out DateOnly to, out bool yearGiven)
    {
        from = to = default;
        yearGiven = false;
        var range = timex.Trim('(', ')').Split(',');
        if (!TryReadDay(range[0], defaultYear, out from, out yearGiven))
        {
            return false;
        }

        to = from;
        return range.Length < 2 || (TryReadDay(range[1], from.Year, out to, out _) && to >= from);
    }

    private static bool TryReadDay(string timex, int defaultYear, out DateOnly day, out bool yearGiven)
    {
        day = default;
        var match = DayTimex().Match(timex);
        yearGiven = match.Success && match.Groups[1].Value != "XXXX";
        if (!match.Success)
        {
            return false;
        }

        var year = yearGiven ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : defaultYear;
        var month = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        var dayOfMonth = int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture);
        if (dayOfMonth > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        day = new DateOnly(year, month, dayOfMonth);
        return true;
    }

    [GeneratedRegex(@"^(\d{4}|XXXX)-(\d{2})-(\d{2})$")]
    private static partial Regex DayTimex();

    [GeneratedRegex(@"\b(?:janv(?:ier)?|fevr(?:ier)?|mars|avr(?:il)?|mai|juin|juil(?:let)?|aout|sept(?:embre)?|oct(?:obre)?|nov(?:embre)?|dec(?:embre)?|jan(?:uary)?|feb(?:ruary)?|march|mar|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:tember)?|october|november|december)\b|\b\d{1,2}[/.]\d{1,2}\b")]
    private static partial Regex DateCue();
}
