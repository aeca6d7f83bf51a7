using System.Text.Json;
using WsisBot.Knowledge;

namespace WsisBot.Bot.Turns;

/// <summary>
/// An answer from the letters as its transcript row keeps it, for the feedback it may get: the key its feedback actions
/// carry, the question as the user wrote it and the letters it cites.
/// </summary>
public sealed record AnswerRecord(string FeedbackKey, string Question, IReadOnlyList<Citation> Citations)
{
    /// <summary>How citations are stored: a JSON array of <c>{reference, letterDate, fileName}</c>.</summary>
    public static string ToJson(IReadOnlyList<Citation> citations) => JsonSerializer.Serialize(citations, StateJson.Options);

    public static IReadOnlyList<Citation> FromJson(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<List<Citation>>(json, StateJson.Options) ?? [];
}
