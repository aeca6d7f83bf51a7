using System.Text.Json.Nodes;

namespace WsisBot.Deployment.Tests;

/// <summary>deploymentTemplates/ compiles and lints clean with the real bicep CLI, and main.json is what it compiles to.</summary>
[Collection(BicepCollection.Name)]
public sealed class BicepTemplateTests(CompiledTemplate compiled)
{
    [Fact]
    public async Task Main_bicep_builds_without_diagnostics()
    {
        var build = await compiled.Build;

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Empty(Bicep.Diagnostics(build));
    }

    [Fact]
    public async Task Lint_reports_no_warning_or_error()
    {
        var lint = await compiled.Lint;

        Assert.True(lint.ExitCode == 0, lint.ToString());
        Assert.Empty(Bicep.Diagnostics(lint));
    }

    [Theory]
    [MemberData(nameof(ParameterFiles))]
    public async Task Parameter_file_builds_without_diagnostics(string file)
    {
        var build = await compiled.BuildParameters(file);

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Empty(Bicep.Diagnostics(build));
        var parameters = JsonNode.Parse(File.ReadAllText(compiled.BuiltParametersPath(file)))!["parameters"]!;
        Assert.Equal("SingleTenant", parameters["botRegistration"]!["value"]!["appType"]!.GetValue<string>());
        Assert.Equal(Bicep.ParameterEnvironment["WSISBOT_BOT_APP_ID"], parameters["botRegistration"]!["value"]!["appId"]!.GetValue<string>());
        Assert.True(parameters["capacity"]!["value"]!.GetValue<int>() >= 2);
    }

    public static TheoryData<string> ParameterFiles() => [.. CompiledTemplate.ParameterFiles];

    [Fact]
    public async Task Committed_main_json_is_what_main_bicep_compiles_to()
    {
        var built = await compiled.Template;
        var committedPath = Path.Combine(Tooling.DeploymentTemplates, "main.json");
        Assert.True(File.Exists(committedPath), "deploymentTemplates/main.json is missing.");
        var committed = JsonNode.Parse(await File.ReadAllTextAsync(committedPath))!;

        Assert.True(
            JsonNode.DeepEquals(ArmTemplate.WithoutGeneratorMetadata(built), ArmTemplate.WithoutGeneratorMetadata(committed)),
            "deploymentTemplates/main.json is out of date with main.bicep and modules/. Regenerate it: "
            + "dotnet msbuild tests/WsisBot.Deployment.Tests -t:BuildArmTemplate");
    }

    [Fact]
    public async Task Web_app_runs_dotnet_10_on_linux_with_https_always_on_websockets_health_check_and_no_affinity()
    {
        var site = Assert.Single(ArmTemplate.OfType(await compiled.Template, "Microsoft.Web/sites"));
        var properties = site.Properties!;
        var config = properties["siteConfig"]!;

        Assert.Equal("app,linux", site.Json["kind"]!.GetValue<string>());
        Assert.Equal("DOTNETCORE|10.0", config["linuxFxVersion"]!.GetValue<string>());
        Assert.True(properties["httpsOnly"]!.GetValue<bool>());
        Assert.False(properties["clientAffinityEnabled"]!.GetValue<bool>());
        Assert.True(config["alwaysOn"]!.GetValue<bool>());
        Assert.True(config["webSocketsEnabled"]!.GetValue<bool>());
        Assert.Equal("/healthz", config["healthCheckPath"]!.GetValue<string>());
        Assert.Contains("SystemAssigned", site.Json["identity"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan_is_linux_with_at_least_two_instances_by_default()
    {
        var template = await compiled.Template;
        var plan = Assert.Single(ArmTemplate.OfType(template, "Microsoft.Web/serverfarms"));
        var capacity = template["parameters"]!["capacity"]!;

        Assert.True(plan.Properties!["reserved"]!.GetValue<bool>());
        Assert.Equal("[parameters('capacity')]", plan.Json["sku"]!["capacity"]!.GetValue<string>());
        Assert.Equal(2, capacity["defaultValue"]!.GetValue<int>());
        Assert.Equal(2, capacity["minValue"]!.GetValue<int>());
    }

    [Fact]
    public async Task Azure_bot_has_the_teams_and_direct_line_channels_and_the_messages_endpoint()
    {
        var template = await compiled.Template;
        var bot = Assert.Single(ArmTemplate.OfType(template, "Microsoft.BotService/botServices"));
        var channels = ArmTemplate.OfType(template, "Microsoft.BotService/botServices/channels")
            .Select(c => c.Properties!["channelName"]!.GetValue<string>())
            .Order(StringComparer.Ordinal);
        var endpoint = ArmTemplate.OfType(template, "Microsoft.Resources/deployments")
            .Single(d => d.Json["name"]!.GetValue<string>() == "bot")
            .Properties!["parameters"]!["endpoint"]!["value"]!.GetValue<string>();

        Assert.Equal("azurebot", bot.Json["kind"]!.GetValue<string>());
        Assert.Equal(["DirectLineChannel", "MsTeamsChannel"], channels);
        Assert.StartsWith("[format('https://{0}/api/messages'", endpoint, StringComparison.Ordinal);
        Assert.Equal(["SingleTenant", "UserAssignedMSI"], bot.Template["parameters"]!["appType"]!["allowedValues"]!.AsArray().Select(v => v!.GetValue<string>()));
    }

    [Fact]
    public async Task Web_app_identity_may_read_key_vault_secrets()
    {
        const string keyVaultSecretsUser = "4633458b-17de-408a-b874-0445c86b69e6";
        var site = Assert.Single(ArmTemplate.OfType(await compiled.Template, "Microsoft.Web/sites"));

        var assignment = Assert.Single(
            ArmTemplate.OfType(site.Template, "Microsoft.Authorization/roleAssignments"),
            r => r.Properties!["roleDefinitionId"]!.ToJsonString().Contains("keyVaultSecretsUserRoleId", StringComparison.Ordinal));

        Assert.Equal(keyVaultSecretsUser, site.Template["variables"]!["keyVaultSecretsUserRoleId"]!.GetValue<string>());
        Assert.Contains("Microsoft.KeyVault/vaults", assignment.Json["scope"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains(".identity.principalId", assignment.Properties!["principalId"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("SystemAssigned", site.Properties!["keyVaultReferenceIdentity"]!.GetValue<string>());
    }
}
