using System.Text.Json.Serialization;

namespace WsisBot.Bot.Channels.DirectLine;

/// <summary><c>tokens/generate</c> and <c>tokens/refresh</c>.</summary>
public sealed record DirectLineTokenResponse(
    string ConversationId,
    string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn);

/// <summary><c>POST /conversations</c> and <c>GET /conversations/{id}</c>.</summary>
public sealed record DirectLineConversationResponse(
    string ConversationId,
    string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    string StreamUrl);

/// <summary>The optional body of <c>tokens/generate</c> and <c>POST /conversations</c>.</summary>
public sealed record DirectLineStartRequest(DirectLineStartUser? User, string? Locale);

public sealed record DirectLineStartUser(string? Id, string? Name);
