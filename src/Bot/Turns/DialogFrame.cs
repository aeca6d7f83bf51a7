using System.Text.Json;

namespace WsisBot.Bot.Turns;

/// <summary>One entry of a conversation's dialog stack: which dialog, and its state as JSON.</summary>
public sealed record DialogFrame(string Dialog, JsonElement State);
