using System.Text.Json;
using WsisBot.Bot.Protocol;

namespace WsisBot.Bot.Channels.BotConnector;

/// <summary>Reads an activity from a request body, bounded in size, and says precisely what is wrong with a bad one.</summary>
public static class ActivityReader
{
    public sealed record Result(Activity? Activity, int Status, string? Problem)
    {
        public bool IsValid => Activity is not null;
    }

    public static async Task<Result> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return new(null, StatusCodes.Status413PayloadTooLarge, $"An activity may be at most {maxBytes} bytes.");
        }

        if (request.ContentType is null || !request.ContentType.Contains("json", StringComparison.OrdinalIgnoreCase))
        {
            return new(null, StatusCodes.Status415UnsupportedMediaType, "Send the activity as application/json.");
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return new(null, StatusCodes.Status413PayloadTooLarge, $"An activity may be at most {maxBytes} bytes.");
            }

            buffer.Write(chunk, 0, read);
        }

        buffer.Position = 0;
        Activity? activity;
        try
        {
            activity = buffer.Length == 0 ? null : await JsonSerializer.DeserializeAsync<Activity>(buffer, ProtocolJson.Options, cancellationToken);
        }
        catch (JsonException ex)
        {
            return new(null, StatusCodes.Status400BadRequest, $"The body is not a valid activity: {ex.Message}");
        }

        var missing = activity switch
        {
            null => "the body is empty or null",
            { Type: null or "" } => "'type' is required",
            { Conversation: null } or { Conversation.Id: null or "" } => "'conversation.id' is required",
            { ServiceUrl: null or "" } => "'serviceUrl' is required",
            _ => null,
        };
        if (missing is not null)
        {
            return new(null, StatusCodes.Status400BadRequest, $"Not a usable activity: {missing}.");
        }

        return Uri.TryCreate(activity!.ServiceUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? new(activity, StatusCodes.Status200OK, null)
            : new(null, StatusCodes.Status400BadRequest, "Not a usable activity: 'serviceUrl' must be an absolute http(s) URL.");
    }
}
