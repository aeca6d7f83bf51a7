using System.Text.RegularExpressions;

namespace WsisBot.Deployment.Tests;

/// <summary>The app settings the template writes are configuration keys the app reads (issue #7).</summary>
[Collection(BicepCollection.Name)]
public sealed partial class AppSettingsTests(CompiledTemplate compiled)
{
    /// <summary>Settings App Service itself reads (not the app), allowed by name or prefix.</summary>
    private static readonly string[] PlatformSettings =
    [
        "APPLICATIONINSIGHTS_CONNECTION_STRING", // Application Insights
        "ApplicationInsightsAgent_EXTENSION_VERSION", // App Service's Application Insights agent on Linux
    ];

    private static readonly string[] PlatformPrefixes = ["WEBSITE_", "ASPNETCORE_"];

    /// <summary>The values of MicrosoftAppType the app (like the Bot Framework SDK) accepts.</summary>
    private static readonly string[] BotFrameworkAppTypes = ["MultiTenant", "SingleTenant", "UserAssignedMSI"];

    private static readonly ConfigurationKeys AppKeys = ConfigurationKeys.FromSourceTree(Path.Combine(Tooling.RepositoryRoot, "src"));

    [Fact]
    public async Task Every_setting_the_template_writes_is_a_key_the_app_reads()
    {
        var settings = ArmTemplate.AppSettings(await compiled.Template);
        Assert.NotEmpty(settings);

        var unread = settings.Select(s => s.Name).Where(name => !IsPlatformSetting(name) && !AppKeys.Reads(name)).ToList();

        Assert.True(
            unread.Count == 0,
            $"The template writes settings the app does not read: {string.Join(", ", unread)}. "
            + $"Keys the source reads: {string.Join(", ", AppKeys.Keys.Order(StringComparer.OrdinalIgnoreCase))}; "
            + $"sections read whole: {string.Join(", ", AppKeys.Sections)}; lists: {string.Join(", ", AppKeys.IndexedKeys)}.");
    }

    [Fact]
    public async Task Each_setting_is_written_once()
    {
        var names = ArmTemplate.AppSettings(await compiled.Template).Select(s => s.Name.Replace("__", ":", StringComparison.Ordinal));

        Assert.Empty(names.GroupBy(n => n, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key));
    }

    [Fact]
    public async Task Settings_use_double_underscores_for_sections()
    {
        var names = ArmTemplate.AppSettings(await compiled.Template).Select(s => s.Name);

        Assert.DoesNotContain(names, name => name.Contains(':', StringComparison.Ordinal));
    }

    [Fact]
    public async Task Secrets_come_from_key_vault_references_named_after_their_setting()
    {
        var settings = ArmTemplate.AppSettings(await compiled.Template);
        var referenced = settings
            .Select(s => (s.Name, Value: s.Value?.ToJsonString() ?? ""))
            .Where(s => s.Value.Contains("@Microsoft.KeyVault(", StringComparison.Ordinal))
            .ToList();

        Assert.Contains(referenced, s => s.Name == "ConnectionStrings__WsisBot");
        Assert.Contains(referenced, s => s.Name == "MicrosoftAppPassword");
        foreach (var (name, value) in referenced)
        {
            var secret = SecretUri().Match(value);
            Assert.True(secret.Success, $"{name}: {value} is not a SecretUri reference.");
            Assert.Equal(name.Replace("__", "--", StringComparison.Ordinal), secret.Groups["secret"].Value);
        }
    }

    [Fact]
    public async Task The_app_runs_on_sql_server_with_its_connection_string()
    {
        var settings = ArmTemplate.AppSettings(await compiled.Template).ToDictionary(s => s.Name, s => s.Value?.ToJsonString());

        Assert.Equal("\"SqlServer\"", settings["Database__Provider"]);
        Assert.Contains("ConnectionStrings__WsisBot", settings.Keys);
        Assert.Contains("MicrosoftAppId", settings.Keys);
        Assert.Contains("MicrosoftAppTenantId", settings.Keys);
        Assert.Contains("APPLICATIONINSIGHTS_CONNECTION_STRING", settings.Keys);
    }

    [Fact]
    public async Task The_app_is_told_the_bot_app_type_with_the_bot_framework_names()
    {
        var template = await compiled.Template;
        var site = Assert.Single(ArmTemplate.OfType(template, "Microsoft.Web/sites"));
        var settings = ArmTemplate.AppSettings(template).ToDictionary(s => s.Name, s => s.Value?.GetValue<string>());
        var appTypes = site.Template["parameters"]!["botAppType"]!["allowedValues"]!.AsArray().Select(v => v!.GetValue<string>());

        Assert.Equal("[parameters('botAppType')]", settings["MicrosoftAppType"]);
        Assert.All(appTypes, type => Assert.Contains(type, BotFrameworkAppTypes));
    }

    [Fact]
    public void The_key_scan_finds_the_documented_keys_in_the_source()
    {
        // DESIGN.md's stable keys that the source reads today; if this fails the scan, not the template, is wrong.
        string[] documented = ["Clock:Now", "Database:Provider", "ConnectionStrings:WsisBot", "MicrosoftAppId", "MicrosoftAppPassword", "MicrosoftAppTenantId"];

        Assert.All(documented, key => Assert.True(AppKeys.Reads(key), $"The source scan does not see {key}."));
        Assert.False(AppKeys.Reads("Database:Providr"));
        Assert.False(AppKeys.Reads("NoSuchKey"));
    }

    private static bool IsPlatformSetting(string name) =>
        PlatformSettings.Contains(name, StringComparer.OrdinalIgnoreCase)
        || PlatformPrefixes.Any(p => name.StartsWith(p, StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex(@"@Microsoft\.KeyVault\(SecretUri=[^)]*?(?<secret>[A-Za-z0-9-]+)/\)")]
    private static partial Regex SecretUri();
}
