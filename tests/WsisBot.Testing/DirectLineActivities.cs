using System.Text.Json;

namespace WsisBot.Testing;

/// <summary>Reading Direct Line activities (JSON) in tests.</summary>
public static class DirectLineActivities
{
    public static string? Type(this JsonElement activity) => activity.Text("type");

    public static string? Text(this JsonElement activity) => activity.Text("text");

    public static string? Role(this JsonElement activity) =>
        activity.TryGetProperty("from", out var from) && from.TryGetProperty("role", out var role) ? role.GetString() : null;

    public static bool IsBotMessage(this JsonElement activity) => activity.Type() == "message" && activity.Role() == "bot";

    /// <summary>A bot message replying to <paramref name="activityId"/>.</summary>
    public static bool IsReplyTo(this JsonElement activity, string activityId) =>
        activity.IsBotMessage() && activity.Text("replyToId") == activityId;

    public static bool IsBotMessageContaining(this JsonElement activity, string text) =>
        activity.IsBotMessage() && activity.Text()?.Contains(text, StringComparison.Ordinal) == true;

    public static string? Text(this JsonElement activity, string property) =>
        activity.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
