using System.Text;

namespace WsisBot.Knowledge.Tests.Letters;

/// <summary>Letters written in Word (.docx through the Open XML SDK): the same facts as their text.</summary>
public sealed class WordLetterTests
{
    [Theory]
    [MemberData(nameof(PdfLetterTests.ShippedLetters), MemberType = typeof(PdfLetterTests))]
    public void Every_shipped_letter_written_in_word_gives_the_facts_of_its_text(string name)
    {
        var text = PdfLetterTests.Shipped(name);

        var facts = FactLines.OfFile(name + ".docx", WordLetter.From(text));

        FactLines.AssertSame(FactLines.OfFile(name + ".txt", Encoding.UTF8.GetBytes(text)), facts);
    }

    [Fact]
    public void Ticks_inserted_as_word_symbols_read_as_ticks()
    {
        var text = PdfLetterTests.Shipped(PdfLetterTests.Partnerships);

        var facts = FactLines.OfFile("offre.docx", WordLetter.From(text, symbolTicks: true));

        FactLines.AssertSame(FactLines.OfFile("offre.txt", Encoding.UTF8.GetBytes(text)), facts);
    }
}
