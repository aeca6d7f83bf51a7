using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace WsisBot.Knowledge.Tests;

/// <summary>Letters the tests write: a 2027 call with dates and amounts no shipped letter has, as text and as PDF.</summary>
public static class TestLetters
{
    public const string Call2027FileName = "2027-02-03_smsi-2027_appel-a-contributions.txt";

    /// <summary>A 2027 call: Forum 12–16 July 2027, prizes by 12 April 2027, and an offer table with a Bronze tier at 15 000 CHF.</summary>
    public static string Call2027 =>
        "Genève, le 3 février 2027\n" +
        "Référence: SMSI 2027\n" +
        "Contact: Mme Ada Exemple\n" +
        "Courriel: forum-2027@example.org\n" +
        "Objet: Sommet mondial sur la société de l'information (SMSI) de 2027: Appel à contributions\n\n" +
        "Madame, Monsieur,\n\n" +
        "Le Forum de 2027 du SMSI, qui doit se tenir du 12 au 16 juillet à Genève (Suisse), rassemblera les parties prenantes.\n\n" +
        "- Prix du SMSI de 2027: La date limite de soumission est fixée au 12 avril 2027.\n\n" +
        "\tDIAMANT (exclusif)\tOR (multiples)\tBRONZE (multiples)\n" +
        "Logo sur les supports numériques du SMSI\t✓\t✓\t✓\n" +
        "Salle de réunion\t✓\t✓\t\n" +
        "MONTANT\t275 000 CHF\t120 000 CHF\t15 000 CHF\n";

    /// <summary>
    /// A new letter for the 2027 Forum with the 2026 offer table's shape (its six tiers, sections and rows) at new prices:
    /// the shipped 2026 partnership letter moved on a year, with a deadline for pledges.
    /// </summary>
    public static string Offer2027 =>
        File.ReadAllText(System.IO.Path.Combine(Knowledge.ShippedCorpus, "2025-12-23_fonds-affectation-speciale-smsi-2026_partenariats.txt"))
            .Replace("2026", "2027", StringComparison.Ordinal)
            .Replace("le 23 décembre 2025", "le 3 février 2027", StringComparison.Ordinal)
            .Replace("Je me réjouis", "Les annonces de contributions au Fonds d'affectation spéciale pour le SMSI sont attendues au plus tard le 30 avril 2027.\n\nJe me réjouis", StringComparison.Ordinal)
            .Replace("250 000 CHF", "275 000 CHF", StringComparison.Ordinal)
            .Replace("150 000 CHF", "165 000 CHF", StringComparison.Ordinal)
            .Replace("100 000 CHF", "110 000 CHF", StringComparison.Ordinal)
            .Replace("50 000 CHF", "55 000 CHF", StringComparison.Ordinal)
            .Replace("30 000 CHF", "35 000 CHF", StringComparison.Ordinal);

    public const string Offer2027Name = "2027-02-03_fonds-affectation-speciale-smsi-2027_partenariats";

    /// <summary>A one-page PDF letter (plain ASCII: the standard fonts have no accents), OCR-like "Geneve" included.</summary>
    public static byte[] Pdf2027()
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(PageSize.A4);
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        string[] lines =
        [
            "Geneve, le 3 fevrier 2027",
            "Reference: SMSI 2027",
            "Objet: Appel a contributions SMSI 2027",
            string.Empty,
            "Madame, Monsieur,",
            string.Empty,
            "Processus de consultation ouverte de 2027: veuillez soumettre vos contributions avant le 9 avril 2027.",
        ];
        var y = 780.0;
        foreach (var line in lines)
        {
            page.AddText(line, 10, new PdfPoint(40, y), font);
            y -= 16;
        }

        return builder.Build();
    }

    /// <summary>A temporary corpus folder, deleted on dispose; optionally seeded with the shipped letters.</summary>
    public sealed class Folder : IDisposable
    {
        public Folder(bool withShippedLetters)
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "wsisbot-corpus-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Path);
            if (withShippedLetters)
            {
                foreach (var letter in Directory.EnumerateFiles(Knowledge.ShippedCorpus))
                {
                    File.Copy(letter, System.IO.Path.Combine(Path, System.IO.Path.GetFileName(letter)));
                }
            }
        }

        public string Path { get; }

        public string Write(string fileName, string text)
        {
            var path = System.IO.Path.Combine(Path, fileName);
            File.WriteAllText(path, text);
            return path;
        }

        public string Write(string fileName, byte[] bytes)
        {
            var path = System.IO.Path.Combine(Path, fileName);
            File.WriteAllBytes(path, bytes);
            return path;
        }

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
