using System.Text;

namespace WsisBot.Knowledge.Ingestion;

/// <summary>
/// The characters a reader sees, whatever the file put behind them: ligatures as their letters ("ﬁxée" → "fixée"),
/// non-breaking and thin spaces as spaces, soft hyphens and zero-width marks gone, curly apostrophes and double
/// quotes straight (the patterns expect those; « » stay), typographic hyphens as "-", heavy ticks as "✓". Applied to every letter,
/// whatever its format, before anything reads it.
/// </summary>
public static class CleanText
{
    public static string Normalise(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF':
                    break;
                case '\u00A0' or '\u202F' or '\u205F' or '\u3000' or (>= '\u2000' and <= '\u200A'):
                    builder.Append(' ');
                    break;
                case '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u02BC':
                    builder.Append('\'');
                    break;
                case '\u201C' or '\u201D' or '\u201E' or '\u201F':
                    builder.Append('"');
                    break;
                // A heavy or boxed tick is the offer table's tick.
                case '\u2714' or '\u2611':
                    builder.Append('✓');
                    break;
                case '\u2010' or '\u2011':
                    builder.Append('-');
                    break;
                // Older fonts (Liberation, Times) place their fi and fl ligatures in the private use area, and PDF
                // writers then map the glyphs there.
                case '\uF001':
                    builder.Append("fi");
                    break;
                case '\uF002':
                    builder.Append("fl");
                    break;
                case >= '\uFB00' and <= '\uFB06':
                    builder.Append(c.ToString().Normalize(NormalizationForm.FormKC));
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
