using WsisBot.Knowledge.Ingestion;

namespace WsisBot.Knowledge.Tests.Letters;

/// <summary>What extraction, search and quotes see: the characters a reader sees, and words cut at a line end made whole.</summary>
public sealed class CleanTextTests
{
    [Theory]
    [InlineData("La date est \uFB01xée", "La date est fixée")]
    [InlineData("\uF001nancement et \uF002ux", "financement et flux")]
    [InlineData("250\u202F000\u00A0CHF", "250 000 CHF")]
    [InlineData("«\u00A0of\uFB01ciel\u00A0»", "« officiel »")]
    [InlineData("par\u00ADticipants", "participants")]
    [InlineData("l\u2019UIT et \u201Cguillemets\u201D", "l'UIT et \"guillemets\"")]
    [InlineData("\u2714 (15 places)", "✓ (15 places)")]
    [InlineData("multi\u2011parties", "multi-parties")]
    public void Characters_read_as_a_reader_sees_them(string written, string read) => Assert.Equal(read, CleanText.Normalise(written));

    [Theory]
    [InlineData("des par-\nticipants venus", "des participants venus")]
    [InlineData("des par\u00AD\nticipants venus", "des participants venus")]
    [InlineData("Doreen Bogdan-\nMartin", "Doreen Bogdan-Martin")]
    [InlineData("écrire à wsis-\ninfo@itu.int", "écrire à wsis-info@itu.int")]
    [InlineData("cordons de porte-\nbadge", "cordons de porte-badge")]
    [InlineData("un dialogue multi-parties, puis le multi-\nparties", "un dialogue multi-parties, puis le multi-parties")]
    [InlineData("Référence:\tSMSI-\nmonde", "Référence:\tSMSI-\nmonde")]
    public void Words_cut_at_a_line_end_are_whole_again(string written, string read) => Assert.Equal(read, LineEndHyphens.Join(written));
}
