using System.Text.Json;
using System.Text.Json.Serialization;

namespace WsisBot.Bot.Protocol;

/// <summary>A card or file on an activity; an Adaptive Card has <see cref="AdaptiveCardContentType"/>.</summary>
public sealed record Attachment
{
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    public string? ContentType { get; init; }
    public string? ContentUrl { get; init; }
    public JsonElement? Content { get; init; }
    public string? Name { get; init; }
    public string? ThumbnailUrl { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; init; }
}

/// <summary>Buttons shown under the last bot message; they vanish once the user answers.</summary>
public sealed record SuggestedActions
{
    public IReadOnlyList<CardAction> Actions { get; init; } = [];
    public IReadOnlyList<string>? To { get; init; }
}

public sealed record CardAction
{
    public string Type { get; init; } = "imBack";
    public string? Title { get; init; }
    public JsonElement? Value { get; init; }
    public string? Text { get; init; }
    public string? DisplayText { get; init; }

    /// <summary>A button that sends <paramref name="value"/> as if the user had typed it.</summary>
    public static CardAction ImBack(string title, string value) => new() { Type = "imBack", Title = title, Value = JsonSerializer.SerializeToElement(value) };
}

/// <summary>
/// An entity attached to an activity: a mention (<c>{"type":"mention","mentioned":{…},"text":"&lt;at&gt;Bot&lt;/at&gt;"}</c>),
/// Teams' clientInfo, Web Chat's ClientCapabilities, … Only the fields the bot reads are typed.
/// </summary>
public sealed record Entity
{
    public string? Type { get; init; }
    public ChannelAccount? Mentioned { get; init; }
    public string? Text { get; init; }
    public string? Locale { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; init; }
}

/// <summary>What an invoke activity's HTTP response carries: the status and the body.</summary>
public sealed record InvokeResponse(int Status, object? Body = null);
