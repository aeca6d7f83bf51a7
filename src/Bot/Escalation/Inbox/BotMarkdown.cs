using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.AspNetCore.Html;

namespace WsisBot.Bot.Escalation.Inbox;

/// <summary>
/// The bot's markdown (its replies and the staff replies it delivered) as HTML for the inbox, made safe: HTML in it
/// stays text, a link stays live only to an http, https or mailto URL (Markdig itself keeps <c>javascript:</c> and
/// <c>data:</c> links live, also spelled with entities or as autolinks) and opens without an opener or referrer, and an
/// image shows its alt text instead of loading anything. What users typed never goes through here.
/// </summary>
public static class BotMarkdown
{
    private const string LinkRel = "noopener noreferrer";

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        // The bot writes one line per fact; the inbox showed them that way before it rendered markdown.
        .UseSoftlineBreakAsHardlineBreak()
        .Build();

    private static readonly string[] LiveSchemes = [Uri.UriSchemeHttp, Uri.UriSchemeHttps, Uri.UriSchemeMailto];

    public static IHtmlContent ToHtml(string? markdown)
    {
        if (string.IsNullOrEmpty(markdown))
        {
            return HtmlString.Empty;
        }

        var document = Markdown.Parse(markdown, Pipeline);
        // All links first: Markdig's walk over a document does not see every inline once the tree has been changed.
        foreach (var inline in document.Descendants<Inline>().ToList())
        {
            switch (inline)
            {
                case LinkInline link:
                    Secure(link);
                    break;
                case AutolinkInline autolink:
                    Secure(autolink);
                    break;
            }
        }

        return new HtmlString(document.ToHtml(Pipeline));
    }

    /// <summary>The start of the bot's markdown as plain text (to be shown as text), cut at a word with "…".</summary>
    public static string Excerpt(string? markdown, int length)
    {
        var text = string.Join(' ', Markdown.ToPlainText(markdown ?? "", Pipeline).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (text.Length <= length)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', length);
        return text[..(cut > length / 2 ? cut : length)] + "…";
    }

    private static void Secure(LinkInline link)
    {
        if (link.IsImage || LiveUrl(link.Url) is not { } url)
        {
            // The link text (an image's alt text) stays, as text.
            while (link.FirstChild is { } child)
            {
                child.Remove();
                link.InsertBefore(child);
            }

            link.Remove();
            return;
        }

        link.Url = url.AbsoluteUri;
        link.GetDynamicUrl = null;
        OpenSafely(link, url);
    }

    private static void Secure(AutolinkInline autolink)
    {
        if (LiveUrl(autolink.IsEmail ? $"mailto:{autolink.Url}" : autolink.Url) is not { } url)
        {
            autolink.ReplaceBy(new LiteralInline(autolink.Url));
            return;
        }

        OpenSafely(autolink, url);
    }

    private static void OpenSafely(Inline link, Uri url)
    {
        var attributes = link.GetAttributes();
        attributes.AddPropertyIfNotExist("rel", LinkRel);
        if (url.Scheme != Uri.UriSchemeMailto)
        {
            attributes.AddPropertyIfNotExist("target", "_blank");
        }
    }

    private static Uri? LiveUrl(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) && LiveSchemes.Contains(uri.Scheme) ? uri : null;
}
