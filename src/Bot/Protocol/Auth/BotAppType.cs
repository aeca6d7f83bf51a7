namespace WsisBot.Bot.Protocol.Auth;

/// <summary>How the bot signs in to the Bot Connector (<c>MicrosoftAppType</c>, with the Bot Framework SDK's names).</summary>
public enum BotAppType
{
    /// <summary>An Entra ID app and its client secret; tokens from the botframework.com tenant.</summary>
    MultiTenant,

    /// <summary>An Entra ID app and its client secret; tokens from the app's own tenant (<c>MicrosoftAppTenantId</c>).</summary>
    SingleTenant,

    /// <summary>A user-assigned managed identity (<c>MicrosoftAppId</c> is its client id); no secret.</summary>
    UserAssignedMSI,
}
