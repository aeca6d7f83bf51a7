using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace WsisBot.Knowledge.Tests.Letters;

/// <summary>How a letter is set for printing: the ways a secretariat's document varies.</summary>
/// <param name="Ruled">The offer table has borders.</param>
/// <param name="Typeset">Ligatures written as such ("ﬁ", "ﬂ"), non-breaking and narrow spaces in figures and around « », soft hyphens in long words.</param>
/// <param name="TableFontSize">The offer table's font size: a larger one runs the table over more pages.</param>
/// <param name="VerticalAlign">Where a cell's text sits when its row is taller.</param>
/// <param name="RunningHeaders">A header, a footer with the letterhead's address, and page numbers on every page, in the page margins.</param>
public sealed record PrintStyle(bool Ruled = true, bool Typeset = false, string TableFontSize = "7.5pt", string VerticalAlign = "middle", bool RunningHeaders = true);

/// <summary>A corpus letter as an HTML page to print, the way a word processor would lay it out.</summary>
public static partial class LetterHtml
{
    public static string From(string text, PrintStyle style)
    {
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $$"""
            <!doctype html><html lang="fr"><head><meta charset="utf-8"><style>
            @page { size: A4; margin: 2cm 2cm 2.2cm 2cm;
              {{(style.RunningHeaders ? "@top-right { content: \"Union internationale des télécommunications\"; font: 7pt 'Liberation Sans'; } @bottom-left { content: \"Place des Nations • CH-1211 Genève 20 • Suisse • Tél. +41 22 730 5111\"; font: 7pt 'Liberation Sans'; } @bottom-right { content: \"Page \" counter(page) \" sur \" counter(pages); font: 7pt 'Liberation Sans'; }" : string.Empty)}} }
            body { font: 10.5pt/1.25 'Liberation Sans', sans-serif; margin: 0; }
            p, ul { margin: 0 0 .8em 0; }
            table.columns { border-collapse: collapse; font-size: 9pt; margin-bottom: .8em; }
            table.columns td { padding: 0 2em 0 0; white-space: nowrap; }
            table.offer { border-collapse: collapse; font-size: {{style.TableFontSize}}; line-height: 1.2; width: 100%; }
            table.offer td, table.offer th { padding: 3pt 4pt; vertical-align: {{style.VerticalAlign}}; text-align: center; {{(style.Ruled ? "border: .6pt solid #333;" : string.Empty)}} }
            table.offer td:first-child { text-align: left; }
            table.offer tr { break-inside: auto; }
            </style></head><body>
            """);
        foreach (var block in LetterLayout.Of(text).Blocks)
        {
            html.Append(block switch
            {
                ParagraphBlock p => $"<p>{string.Join("<br>", p.Lines.Select(l => Inline(l, style)))}</p>",
                ListItemBlock item => $"<ul><li>{Inline(item.Text, style)}</li></ul>",
                ColumnsBlock columns => $"<table class=\"columns\">{string.Concat(columns.Rows.Select(r => $"<tr>{string.Concat(r.Select(c => $"<td>{Inline(c, style)}</td>"))}</tr>"))}</table>",
                OfferTableBlock table => OfferTable(table, style),
                _ => string.Empty,
            });
        }

        return html.Append("</body></html>").ToString();
    }

    private static string OfferTable(OfferTableBlock table, PrintStyle style)
    {
        var html = new StringBuilder("<table class=\"offer\"><thead>");
        if (table.Categories is { } categories)
        {
            html.Append("<tr>");
            for (var i = 0; i < categories.Length; i++)
            {
                // A group heading spans the empty cells after it.
                var span = 1;
                while (i > 0 && i + span < categories.Length && categories[i + span].Length == 0)
                {
                    span++;
                }

                html.Append(CultureInfo.InvariantCulture, $"<th colspan=\"{span}\">{Inline(categories[i], style)}</th>");
                i += span - 1;
            }

            html.Append("</tr>");
        }

        html.Append(CultureInfo.InvariantCulture, $"<tr>{string.Concat(table.Header.Select(c => $"<th>{Inline(c, style)}</th>"))}</tr></thead><tbody>");
        foreach (var row in table.Rows)
        {
            html.Append(row.Length == 1
                ? $"<tr><td colspan=\"{table.Header.Length}\">{Inline(row[0], style)}</td></tr>"
                : $"<tr>{string.Concat(row.Select(c => $"<td>{Inline(c, style)}</td>"))}</tr>");
        }

        return html.Append("</tbody></table>").ToString();
    }

    // Markdown the transcripts carry (bold, links, escaped brackets) as a word processor shows it.
    private static string Inline(string text, PrintStyle style)
    {
        var html = WebUtility.HtmlEncode(text.Trim());
        html = Link().Replace(html, "<a href=\"$2\">$1</a>");
        html = Bold().Replace(html, "<strong>$1</strong>").Replace("**", string.Empty).Replace("\\(", "(").Replace("\\)", ")");
        return style.Typeset ? Typeset(html) : html;
    }

    // What a careful typesetter writes: ligatures, a narrow space in figures, non-breaking spaces inside « », soft hyphens.
    private static string Typeset(string html)
    {
        var parts = Tag().Split(html);
        var tags = Tag().Matches(html).Select(m => m.Value).ToList();
        var text = new StringBuilder();
        for (var i = 0; i < parts.Length; i++)
        {
            var part = Thousands().Replace(parts[i], "$1\u202F$2");
            part = part.Replace("« ", "«\u00A0").Replace(" »", "\u00A0»").Replace(" CHF", "\u00A0CHF");
            part = LongWord().Replace(part, m => m.Value.Contains('@') ? m.Value : m.Value[..6] + "\u00AD" + m.Value[6..]);
            text.Append(part.Replace("fi", "\uFB01").Replace("fl", "\uFB02"));
            if (i < tags.Count)
            {
                text.Append(tags[i]);
            }
        }

        return text.ToString();
    }

    [GeneratedRegex(@"\[([^\]]*)\]\(([^)]*)\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"\*\*(.+?)\*\*")]
    private static partial Regex Bold();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"(\d) (\d{3})\b")]
    private static partial Regex Thousands();

    [GeneratedRegex(@"\b[\p{Ll}]{13,}\b")]
    private static partial Regex LongWord();
}
