using System.Text;

namespace WsisBot.Bot.Channels.DirectLine;

/// <summary>An activity of a conversation's log as the client receives it: its watermark and its JSON.</summary>
public sealed record DirectLineLogEntry(long Watermark, string Json);

/// <summary>The ActivitySet a client reads, by polling or as one WebSocket frame: <c>{"activities":[…],"watermark":"…"}</c>.</summary>
public static class DirectLineActivitySet
{
    public static string ToJson(IReadOnlyList<DirectLineLogEntry> entries, long watermark) =>
        Compose(entries.Select(e => e.Json), watermark.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Activities that are not part of the log (typing): no watermark, so the client keeps its own.</summary>
    public static string Ephemeral(string activityJson) => Compose([activityJson], watermark: null);

    private static string Compose(IEnumerable<string> activities, string? watermark)
    {
        var json = new StringBuilder("{\"activities\":[");
        json.AppendJoin(',', activities).Append(']');
        if (watermark is not null)
        {
            json.Append(",\"watermark\":\"").Append(watermark).Append('"');
        }

        return json.Append('}').ToString();
    }
}
