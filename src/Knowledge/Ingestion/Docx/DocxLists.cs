using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace WsisBot.Knowledge.Ingestion.Docx;

/// <summary>
/// A list item's marker as the corpus's text writes it: "- " for a bullet, "1. ", "2. " … for a numbered item
/// (counted per list and level). The numbering comes from the paragraph or from its style.
/// </summary>
internal sealed class DocxLists(MainDocumentPart? part)
{
    private readonly Dictionary<(int List, int Level), int> _counters = [];

    public string Marker(Paragraph paragraph)
    {
        var numbering = paragraph.ParagraphProperties?.NumberingProperties ?? StyleNumbering(paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value);
        if (numbering?.NumberingId?.Val?.Value is not { } list || list == 0)
        {
            return string.Empty;
        }

        var level = numbering.NumberingLevelReference?.Val?.Value ?? 0;
        if (Format(list, level) == NumberFormatValues.Bullet)
        {
            return "- ";
        }

        foreach (var deeper in _counters.Keys.Where(k => k.List == list && k.Level > level).ToList())
        {
            _counters.Remove(deeper);
        }

        var count = _counters[(list, level)] = _counters.GetValueOrDefault((list, level)) + 1;
        return $"{count}. ";
    }

    private NumberingProperties? StyleNumbering(string? styleId) =>
        styleId is null ? null
            : part?.StyleDefinitionsPart?.Styles?.Elements<Style>().FirstOrDefault(s => s.StyleId?.Value == styleId)?.StyleParagraphProperties?.NumberingProperties;

    private NumberFormatValues? Format(int list, int level)
    {
        var numbering = part?.NumberingDefinitionsPart?.Numbering;
        var instance = numbering?.Elements<NumberingInstance>().FirstOrDefault(n => n.NumberID?.Value == list);
        var abstractId = instance?.AbstractNumId?.Val?.Value;
        var definition = numbering?.Elements<AbstractNum>().FirstOrDefault(a => a.AbstractNumberId?.Value == abstractId);
        var format = definition?.Elements<Level>().FirstOrDefault(l => l.LevelIndex?.Value == level)?.NumberingFormat?.Val;
        return format?.Value ?? NumberFormatValues.Bullet;
    }
}
