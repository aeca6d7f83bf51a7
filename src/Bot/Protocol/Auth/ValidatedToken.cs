using System.Security.Claims;

namespace WsisBot.Bot.Protocol.Auth;

/// <summary>Who sent a bearer token: Azure Bot Service for a channel, or the Bot Framework Emulator (a token Entra ID issued to the bot).</summary>
public enum TokenSender
{
    Channel,
    Emulator,
}

/// <summary>A bearer token that passed signature, issuer, audience and lifetime checks, and the rules it passed them under.</summary>
public sealed record ValidatedToken(ClaimsIdentity Identity, string? KeyId, TokenSender Sender);
