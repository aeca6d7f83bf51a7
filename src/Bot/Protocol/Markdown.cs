using System.Text;

namespace WsisBot.Bot.Protocol;

/// <summary>User text shown inside markdown (messages, card text) must stay text: links, emphasis and HTML are escaped.</summary>
public static class Markdown
{
    private const string Special = "\\`*_{}[]()<>#+-.!|~&";

    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (Special.Contains(c, StringComparison.Ordinal))
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
