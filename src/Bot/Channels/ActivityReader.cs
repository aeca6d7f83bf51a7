using System.Text.Json;
using WsisBot.Bot.Protocol;

namespace WsisBot.Bot.Channels;

/// <summary>Reads an activity from a request body, bounded in size, and says precisely what is wrong with a bad one.</summary>
public static class ActivityReader
{
    public sealed record Result(Activity? Activity, int Status, string? Problem)
    {
        public bool IsValid => Activity is not null;
    }

    /// <summary>
    /// Reads and parses the body; <paramref name="unusable"/> names what the channel finds missing or wrong in
    /// a parsed activity (null when it is usable).
    /// </summary>
    public static async Task<Result> ReadAsync(HttpRequest request, int maxBytes, Func<Activity, string?> unusable, CancellationToken cancellationToken)
    {
        if (request.ContentType is null || !request.ContentType.Contains("json", StringComparison.OrdinalIgnoreCase))
        {
            return new(null, StatusCodes.Status415UnsupportedMediaType, "Send the activity as application/json.");
        }

        await using var buffer = await BoundedBody.ReadAsync(request, maxBytes, cancellationToken);
        if (buffer is null)
        {
            return TooLarge(maxBytes);
        }

        Activity? activity;
        try
        {
            activity = buffer.Length == 0 ? null : await JsonSerializer.DeserializeAsync<Activity>(buffer, ProtocolJson.Options, cancellationToken);
        }
        catch (JsonException ex)
        {
            return new(null, StatusCodes.Status400BadRequest, $"The body is not a valid activity: {ex.Message}");
        }

        var problem = activity switch
        {
            null => "the body is empty or null",
            { Type: null or "" } => "'type' is required",
            _ => unusable(activity),
        };
        return problem is null
            ? new(activity, StatusCodes.Status200OK, null)
            : new(null, StatusCodes.Status400BadRequest, $"Not a usable activity: {problem}.");
    }

    private static Result TooLarge(int maxBytes) =>
        new(null, StatusCodes.Status413PayloadTooLarge, $"An activity may be at most {maxBytes} bytes.");
}
