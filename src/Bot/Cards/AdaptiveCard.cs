using System.Text.Json;
using System.Text.Json.Serialization;
using WsisBot.Bot.Protocol;

namespace WsisBot.Bot.Cards;

/// <summary>
/// Adaptive Card 1.5 (the Teams limit) as typed records; serialised with <see cref="CardJson"/> they give
/// schema-valid JSON. Only the elements this bot uses are modelled.
/// </summary>
public sealed record AdaptiveCard
{
    [JsonPropertyName("$schema")]
    public string Schema { get; init; } = "http://adaptivecards.io/schemas/adaptive-card.json";

    public string Type { get; init; } = "AdaptiveCard";
    public string Version { get; init; } = "1.5";
    public string? FallbackText { get; init; }
    public IReadOnlyList<CardElement> Body { get; init; } = [];
    public IReadOnlyList<CardActionElement>? Actions { get; init; }

    public Attachment ToAttachment() => new()
    {
        ContentType = Attachment.AdaptiveCardContentType,
        Content = JsonSerializer.SerializeToElement(this, CardJson.Options),
    };
}

[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(TextBlock), "TextBlock")]
[JsonDerivedType(typeof(FactSet), "FactSet")]
[JsonDerivedType(typeof(Container), "Container")]
[JsonDerivedType(typeof(InputText), "Input.Text")]
[JsonDerivedType(typeof(InputNumber), "Input.Number")]
[JsonDerivedType(typeof(InputChoiceSet), "Input.ChoiceSet")]
public abstract record CardElement
{
    public string? Id { get; init; }
    public string? Spacing { get; init; }
    public bool? Separator { get; init; }
}

public sealed record TextBlock(string Text) : CardElement
{
    public bool? Wrap { get; init; } = true;
    public string? Size { get; init; }
    public string? Weight { get; init; }
    public string? Color { get; init; }
    public bool? IsSubtle { get; init; }
}

public sealed record Fact(string Title, string Value);

public sealed record FactSet(IReadOnlyList<Fact> Facts) : CardElement;

public sealed record Container(IReadOnlyList<CardElement> Items) : CardElement
{
    public string? Style { get; init; }
}

/// <summary>Common to every input: the id (the key in submitted data), label and error text.</summary>
public abstract record CardInput : CardElement
{
    public string? Label { get; init; }
    public bool? IsRequired { get; init; }
    public string? ErrorMessage { get; init; }
}

public sealed record InputText : CardInput
{
    public string? Placeholder { get; init; }
    public string? Value { get; init; }
    public int? MaxLength { get; init; }
    public bool? IsMultiline { get; init; }
    public string? Regex { get; init; }
    public string? Style { get; init; }
}

public sealed record InputNumber : CardInput
{
    public double? Value { get; init; }
    public double? Min { get; init; }
    public double? Max { get; init; }
    public string? Placeholder { get; init; }
}

public sealed record Choice(string Title, string Value);

public sealed record InputChoiceSet : CardInput
{
    public IReadOnlyList<Choice> Choices { get; init; } = [];
    public string? Value { get; init; }
    public bool? IsMultiSelect { get; init; }
    public string? Style { get; init; }
    public string? Placeholder { get; init; }
}

[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(SubmitAction), "Action.Submit")]
public abstract record CardActionElement
{
    public string? Title { get; init; }
    public string? Style { get; init; }
}

/// <summary>Action.Submit: Teams and Web Chat post a message whose value is <see cref="Data"/> merged with the inputs.</summary>
public sealed record SubmitAction : CardActionElement
{
    public IReadOnlyDictionary<string, string>? Data { get; init; }

    /// <summary>"none" submits without validating inputs (Cancel, Edit).</summary>
    public string? AssociatedInputs { get; init; }
}

public static class CardJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
