using Microsoft.Extensions.Options;

namespace WsisBot.Bot.Protocol.Auth;

/// <summary>The combinations of app type, app id, password and tenant the bot can sign in with; anything else stops it at start-up.</summary>
internal sealed class BotCredentialsValidation : IValidateOptions<BotCredentials>
{
    public ValidateOptionsResult Validate(string? name, BotCredentials options)
    {
        if (options.IsAppTypeSet && BotCredentials.ParseAppType(options.MicrosoftAppType!) is null)
        {
            return ValidateOptionsResult.Fail(
                $"MicrosoftAppType must be MultiTenant, SingleTenant or UserAssignedMSI, not '{options.MicrosoftAppType}'.");
        }

        var hasPassword = !string.IsNullOrWhiteSpace(options.MicrosoftAppPassword);
        var failures = new List<string>();
        switch (options.AppType)
        {
            case BotAppType.UserAssignedMSI:
                if (!options.IsAuthenticationEnabled)
                {
                    failures.Add("MicrosoftAppId is required when MicrosoftAppType is UserAssignedMSI: the client id of the bot's user-assigned managed identity.");
                }

                if (hasPassword)
                {
                    failures.Add("MicrosoftAppPassword must be empty when MicrosoftAppType is UserAssignedMSI: the managed identity has no secret.");
                }

                break;

            case BotAppType.SingleTenant when options.IsAppTypeSet:
                if (!options.IsAuthenticationEnabled)
                {
                    failures.Add("MicrosoftAppId is required when MicrosoftAppType is SingleTenant.");
                }

                if (string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId))
                {
                    failures.Add("MicrosoftAppTenantId is required when MicrosoftAppType is SingleTenant: tokens come from the app's tenant.");
                }

                break;
        }

        if (options.AppType != BotAppType.UserAssignedMSI && options.IsAuthenticationEnabled && !hasPassword)
        {
            var appType = options.IsAppTypeSet
                ? options.AppType.ToString()
                : $"{options.AppType} (its default {(options.AppType == BotAppType.SingleTenant ? "with" : "without")} MicrosoftAppTenantId)";
            failures.Add($"MicrosoftAppPassword is required when MicrosoftAppId is set and MicrosoftAppType is {appType}; "
                + "for a user-assigned managed identity, set MicrosoftAppType=UserAssignedMSI.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
