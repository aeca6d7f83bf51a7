using Microsoft.Extensions.Logging.Abstractions;
using WsisBot.Knowledge.Facts;
using WsisBot.Knowledge.Ingestion;

namespace WsisBot.Knowledge.Tests;

/// <summary>Reading .txt, .md, .pdf and .docx letters; a broken file is skipped, never fatal.</summary>
public sealed class IngestionTests
{
    private static KnowledgeSnapshot Load(string folder) => new CorpusLoader(NullLogger<CorpusLoader>.Instance).Load(folder);

    [Fact]
    public void Pdf_letter_is_read_and_its_deadline_extracted()
    {
        using var folder = new TestLetters.Folder(withShippedLetters: false);
        folder.Write("2027-02-03_smsi-2027.pdf", TestLetters.Pdf2027());

        var snapshot = Load(folder.Path);

        var letter = Assert.Single(snapshot.Letters);
        Assert.Equal(new DateOnly(2027, 2, 3), letter.Date);
        Assert.Equal("SMSI 2027", letter.Reference);
        Assert.Equal(2027, letter.EditionYear);
        var deadline = Assert.Single(snapshot.Deadlines);
        Assert.Equal(Programme.OpenConsultation, deadline.Programme);
        Assert.Equal(new DateOnly(2027, 4, 9), deadline.Date);
    }

    [Fact]
    public void Markdown_letter_is_read_and_a_new_offer_table_parsed()
    {
        using var folder = new TestLetters.Folder(withShippedLetters: false);
        folder.Write("2027-02-03_smsi-2027.md", TestLetters.Call2027);

        var snapshot = Load(folder.Path);

        Assert.Equal(new DateOnly(2027, 4, 12), snapshot.DeadlineOf(Programme.Prizes)?.Date);
        var forum = snapshot.ForumOf(2027);
        Assert.Equal((new DateOnly(2027, 7, 12), new DateOnly(2027, 7, 16), "Genève (Suisse)"), (forum?.Start, forum?.End, forum?.Place));
        var bronze = Assert.Single(snapshot.TiersOf(), t => t.Key == "bronze");
        Assert.Equal(15000m, bronze.PriceChf);
        Assert.False(bronze.Benefits.Single(b => b.Label == "Salle de réunion").Included);
        Assert.Equal("Mme Ada Exemple", Assert.Single(snapshot.Contacts).Name);
    }

    [Fact]
    public void Broken_and_foreign_files_are_skipped_and_the_rest_is_served()
    {
        using var folder = new TestLetters.Folder(withShippedLetters: true);
        folder.Write("2027-01-01_corrompu.pdf", "%PDF-1.7 not really a pdf \u0000\u0001"u8.ToArray());
        folder.Write("2027-01-02_vide.txt", "   ");
        folder.Write("2027-01-03_pas-un-zip.docx", "a Word letter must be a zip package");
        folder.Write("notes.odt", "ignored: not a letter format");
        folder.Write("~$brouillon.docx", "ignored: Word's lock file beside an open document");

        var snapshot = Load(folder.Path);

        Assert.Equal(5, snapshot.Letters.Count);
        Assert.Equal(["2027-01-01_corrompu.pdf", "2027-01-02_vide.txt", "2027-01-03_pas-un-zip.docx"], snapshot.Skipped.Select(s => s.FileName).Order());
        Assert.All(snapshot.Reports.Where(r => r.Letter is null), r => Assert.Equal(LetterProblemKind.Unreadable, Assert.Single(r.Problems).Kind));
        Assert.Equal(new DateOnly(2026, 3, 15), snapshot.DeadlineOf(Programme.Prizes)?.Date);
    }

    [Fact]
    public void Missing_folder_gives_an_empty_snapshot_and_answers_abstain()
    {
        var knowledge = new Knowledge("2026-03-18T10:00:00Z", Path.Combine(Path.GetTempPath(), "no-such-corpus-" + Guid.NewGuid()));
        Assert.Empty(knowledge.Base.Current.Letters);
        Assert.Equal(AnswerKind.Abstain, knowledge.Ask("When is the deadline for the WSIS Prizes?").Kind);
    }
}
