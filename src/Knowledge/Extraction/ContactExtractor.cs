using System.Text.RegularExpressions;
using WsisBot.Knowledge.Facts;
using WsisBot.Knowledge.Ingestion;

namespace WsisBot.Knowledge.Extraction;

/// <summary>The contact block of a letter's header: "Contact:" name, "Tél.:" phone, "Courriel:" e-mail.</summary>
internal static partial class ContactExtractor
{
    private static readonly HashSet<string> NotNames = ["Aux", "Au", "À", "A", "To", "Les", "La", "Le"];

    public static Contact? Extract(LetterText text)
    {
        var header = string.Join("\n", text.Lines.TakeWhile(l => !l.TrimStart().StartsWith("Madame", StringComparison.OrdinalIgnoreCase)));
        var nameMatch = NameLine().Match(header);
        if (!nameMatch.Success)
        {
            return null;
        }

        var words = OcrText.Clean(nameMatch.Groups[1].Value.Split('\t')[0]).Split(' ');
        var name = string.Join(' ', words.TakeWhile(w => w.Length > 0 && char.IsUpper(w[0]) && !NotNames.Contains(w)));
        if (name.Length == 0)
        {
            return null;
        }

        var phone = PhoneLine().Match(header);
        var email = Email().Match(OcrText.Clean(EmailLine().Match(header).Groups[1].Value));
        return new Contact(
            name,
            phone.Success ? phone.Groups[1].Value.Trim() : null,
            email.Success ? email.Value : null,
            text.Letter.Citation);
    }

    [GeneratedRegex(@"^\s*Contact\s*:\s*(.+)$", RegexOptions.Multiline)]
    private static partial Regex NameLine();

    [GeneratedRegex(@"^\s*T[ée]l(?:[ée]phone)?\.?\s*:\s*(\+?[\d ]{8,}\d)", RegexOptions.Multiline)]
    private static partial Regex PhoneLine();

    [GeneratedRegex(@"^\s*(?:Courriel|E-?mail)\s*:\s*(.+)$", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex EmailLine();

    [GeneratedRegex(@"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")]
    private static partial Regex Email();
}
