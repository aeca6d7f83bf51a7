using System.Globalization;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.NumberWithUnit;

namespace WsisBot.Knowledge.Extraction;

/// <summary>A sum of money found in a text ("75 000 CHF" → 75000, "CHF").</summary>
public sealed record AmountMention(int Start, int Length, decimal Value, string Currency);

/// <summary>Sums of money in French or English text, through Microsoft.Recognizers.Text.</summary>
public static class AmountRecognition
{
    private static readonly Lazy<IModel> French = new(() => new NumberWithUnitRecognizer(Culture.French).GetCurrencyModel());
    private static readonly Lazy<IModel> English = new(() => new NumberWithUnitRecognizer(Culture.English).GetCurrencyModel());

    public static IReadOnlyList<AmountMention> Find(string text, Language language)
    {
        if (!text.Any(char.IsDigit))
        {
            return [];
        }

        var model = language == Language.French ? French.Value : English.Value;
        var mentions = new List<AmountMention>();
        foreach (var result in model.Parse(text))
        {
            if (result.Resolution is not null
                && result.Resolution.TryGetValue("value", out var value)
                && decimal.TryParse(value?.ToString(), NumberStyles.Number, CultureInfo.InvariantCulture, out var amount))
            {
                var currency = result.Resolution.TryGetValue("isoCurrency", out var iso) ? iso?.ToString() ?? string.Empty : string.Empty;
                mentions.Add(new AmountMention(result.Start, result.End - result.Start + 1, amount, currency));
            }
        }

        return mentions;
    }
}
