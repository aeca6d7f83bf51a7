using WsisBot.Testing;

namespace WsisBot.Tests.Hosting;

/// <summary>
/// App Service passes a Key Vault reference it cannot resolve to the app as its text; the app must not run with
/// "@Microsoft.KeyVault(…)" as a secret.
/// </summary>
public class KeyVaultReferenceTests
{
    private const string Why = "The secret is missing from the vault or the app's identity cannot read it";

    [Fact]
    public async Task Unresolved_references_stop_the_app_at_start_naming_every_key()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => BotServer.StartAsync(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = "11111111-2222-3333-4444-555555555555",
            ["MicrosoftAppPassword"] = "@microsoft.keyvault(VaultName=kv-wsisbot;SecretName=MicrosoftAppPassword)",
            ["DirectLine:Secret"] = "@Microsoft.KeyVault(SecretUri=https://kv-wsisbot.vault.azure.net/secrets/DirectLine--Secret/)",
            ["Escalation:NotifyAddress"] = "secretariat@example.org",
        }));

        var message = error.ToString();
        Assert.Contains("Unresolved Key Vault reference in DirectLine:Secret (app setting DirectLine__Secret), MicrosoftAppPassword:", message, StringComparison.Ordinal);
        Assert.Contains(Why, message, StringComparison.Ordinal);
        Assert.DoesNotContain("Escalation:NotifyAddress", message, StringComparison.Ordinal);
        Assert.DoesNotContain("kv-wsisbot", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task On_app_service_an_unresolved_connection_string_stops_the_process_with_that_message()
    {
        var error = await Assert.ThrowsAsync<TimeoutException>(() => StandaloneBot.StartAsync(new Dictionary<string, string?>
        {
            ["ConnectionStrings:WsisBot"] = "@Microsoft.KeyVault(SecretUri=https://kv-wsisbot.vault.azure.net/secrets/ConnectionStrings--WsisBot/)",
        }));

        Assert.Contains("Unresolved Key Vault reference in ConnectionStrings:WsisBot (app setting ConnectionStrings__WsisBot):", error.Message, StringComparison.Ordinal);
        Assert.Contains(Why, error.Message, StringComparison.Ordinal);
    }
}
