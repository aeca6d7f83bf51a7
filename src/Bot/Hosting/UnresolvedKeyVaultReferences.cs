namespace WsisBot.Bot.Hosting;

/// <summary>
/// App Service hands a setting whose Key Vault reference it could not resolve to the app as the reference text
/// itself, so the app would run with "@Microsoft.KeyVault(…)" as its password or secret. Checked before anything
/// reads the configuration, so this is the one message an operator sees.
/// </summary>
internal static class UnresolvedKeyVaultReferences
{
    private const string ReferencePrefix = "@Microsoft.KeyVault(";

    /// <summary>Throws, naming every key whose value is still a Key Vault reference.</summary>
    public static void ThrowIfAny(IConfiguration configuration)
    {
        var keys = configuration.AsEnumerable()
            .Where(setting => setting.Value?.TrimStart().StartsWith(ReferencePrefix, StringComparison.OrdinalIgnoreCase) == true)
            .Select(setting => setting.Key)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.OrdinalIgnoreCase)
            .ToList();
        if (keys.Count == 0)
        {
            return;
        }

        var named = keys.Select(key => key.Contains(':', StringComparison.Ordinal) ? $"{key} (app setting {key.Replace(":", "__", StringComparison.Ordinal)})" : key);
        throw new InvalidOperationException(
            $"Unresolved Key Vault reference in {string.Join(", ", named)}: the value is still the reference text, not the secret. "
            + "The secret is missing from the vault or the app's identity cannot read it (it needs Key Vault Secrets User). "
            + "Set the secret or grant the access, then restart the app.");
    }
}
