using System.Globalization;
using System.Text;

namespace WsisBot.Knowledge.Ingestion;

/// <summary>
/// Lower case without diacritics, apostrophes and dashes as spaces: the form in which questions meet letters.
/// Folding keeps every character in place, so an offset in the folded text is an offset in the original.
/// </summary>
public static class TextFolding
{
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(FoldChar(c));
        }

        return builder.ToString();
    }

    /// <summary>Folded words of a text (letters and digits; "+" kept so "smsi+20" stays one token).</summary>
    public static List<string> Words(string text)
    {
        var folded = Fold(text);
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var inWord = i < folded.Length && (char.IsLetterOrDigit(folded[i]) || folded[i] == '+');
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(folded[start..i]);
                start = -1;
            }
        }

        return words;
    }

    private static char FoldChar(char c)
    {
        if (c < 128)
        {
            return c is '\'' or '`' or '-' or '_' ? ' ' : char.ToLowerInvariant(c);
        }

        switch (c)
        {
            case 'œ' or 'Œ':
                return 'o';
            case 'æ' or 'Æ':
                return 'a';
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        if (category is UnicodeCategory.DashPunctuation or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.SpaceSeparator)
        {
            return ' ';
        }

        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        return char.ToLowerInvariant(decomposed[0]);
    }
}
