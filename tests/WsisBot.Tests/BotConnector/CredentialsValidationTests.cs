using WsisBot.Bot.Protocol.Auth;
using WsisBot.Testing;

namespace WsisBot.Tests.BotConnector;

/// <summary>MicrosoftAppType and the credentials each type needs, checked when the app starts.</summary>
public class CredentialsValidationTests
{
    private const string AppId = "11111111-2222-3333-4444-555555555555";
    private const string TenantId = "66666666-7777-8888-9999-000000000000";

    public static TheoryData<string?, string?, string?, string?, string> Refused => new()
    {
        { "ManagedIdentity", AppId, null, null, "MicrosoftAppType must be MultiTenant, SingleTenant or UserAssignedMSI, not 'ManagedIdentity'." },
        { "2", AppId, "secret", null, "MicrosoftAppType must be MultiTenant, SingleTenant or UserAssignedMSI, not '2'." },
        { "UserAssignedMSI", null, null, null, "MicrosoftAppId is required when MicrosoftAppType is UserAssignedMSI" },
        { "UserAssignedMSI", AppId, "secret", null, "MicrosoftAppPassword must be empty when MicrosoftAppType is UserAssignedMSI" },
        { null, AppId, null, null, "MicrosoftAppPassword is required when MicrosoftAppId is set and MicrosoftAppType is MultiTenant" },
        { null, AppId, null, TenantId, "MicrosoftAppPassword is required when MicrosoftAppId is set and MicrosoftAppType is SingleTenant" },
        { "SingleTenant", AppId, "secret", null, "MicrosoftAppTenantId is required when MicrosoftAppType is SingleTenant" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task The_app_refuses_to_start(string? appType, string? appId, string? password, string? tenantId, string message)
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => BotServer.StartAsync(new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = appType,
            ["MicrosoftAppId"] = appId,
            ["MicrosoftAppPassword"] = password,
            ["MicrosoftAppTenantId"] = tenantId,
        }));

        Assert.Contains(message, error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, null, BotAppType.MultiTenant)]
    [InlineData(null, TenantId, BotAppType.SingleTenant)]
    [InlineData("MultiTenant", TenantId, BotAppType.MultiTenant)]
    [InlineData("userassignedmsi", TenantId, BotAppType.UserAssignedMSI)]
    public void Without_MicrosoftAppType_a_tenant_id_means_single_tenant_as_before(string? appType, string? tenantId, BotAppType expected)
    {
        var credentials = new BotCredentials { MicrosoftAppType = appType, MicrosoftAppId = AppId, MicrosoftAppTenantId = tenantId };

        Assert.Equal(expected, credentials.AppType);
    }

    [Theory]
    [InlineData("https://api.botframework.com/.default", "https://api.botframework.com")]
    [InlineData("https://api.botframework.com", "https://api.botframework.com")]
    public void A_managed_identity_asks_for_the_scope_as_a_resource(string scope, string resource) =>
        Assert.Equal(resource, ConnectorTokenProvider.ResourceOf(scope));
}
