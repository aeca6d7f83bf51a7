using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace WsisBot.Deployment.Tests;

/// <summary>deploymentTemplates/teams/build-package.sh makes a Teams app package Teams accepts (issue #6).</summary>
public sealed partial class TeamsPackageTests(TeamsPackage package) : IClassFixture<TeamsPackage>
{
    [Fact]
    public async Task Zip_holds_exactly_the_manifest_the_icons_and_the_french_strings_at_its_root()
    {
        var entries = await package.EntriesAsync();

        Assert.Equal(["color.png", "fr.json", "manifest.json", "outline.png"], entries.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Manifest_carries_the_given_bot_id_and_host()
    {
        var manifest = await ManifestAsync();
        var text = manifest.ToJsonString();

        Assert.Equal(TeamsPackage.AppId, manifest["id"]!.GetValue<string>());
        var bot = Assert.Single(manifest["bots"]!.AsArray())!;
        Assert.Equal(TeamsPackage.AppId, bot["botId"]!.GetValue<string>());
        Assert.Equal(["personal", "team", "groupChat"], bot["scopes"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.Contains(TeamsPackage.HostName, manifest["validDomains"]!.AsArray().Select(d => d!.GetValue<string>()));
        Assert.DoesNotContain("{{", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Manifest_version_is_the_version_of_its_schema()
    {
        var manifest = await ManifestAsync();
        var schema = SchemaVersion().Match(manifest["$schema"]!.GetValue<string>());

        Assert.True(schema.Success, $"Unexpected $schema {manifest["$schema"]}.");
        Assert.Equal(schema.Groups["version"].Value, manifest["manifestVersion"]!.GetValue<string>());
        Assert.True(Version.Parse(schema.Groups["version"].Value) >= new Version(1, 19), "Use a current manifest schema (1.19 or newer).");
    }

    [Fact]
    public async Task Names_and_descriptions_are_in_english_and_french_within_teams_limits()
    {
        var entries = await package.EntriesAsync();
        var manifest = await ManifestAsync();
        var localization = manifest["localizationInfo"]!;
        var french = Assert.Single(localization["additionalLanguages"]!.AsArray())!;
        var fr = JsonNode.Parse(entries[french["file"]!.GetValue<string>()])!;

        Assert.Equal("en", localization["defaultLanguageTag"]!.GetValue<string>());
        Assert.Equal("fr", french["languageTag"]!.GetValue<string>());
        Assert.Equal(SchemaVersion().Match(manifest["$schema"]!.GetValue<string>()).Groups["version"].Value,
            LocalizationSchemaVersion().Match(fr["$schema"]!.GetValue<string>()).Groups["version"].Value);
        foreach (var (name, full, shortDescription, fullDescription) in new[]
        {
            (manifest["name"]!["short"], manifest["name"]!["full"], manifest["description"]!["short"], manifest["description"]!["full"]),
            (fr["name.short"], fr["name.full"], fr["description.short"], fr["description.full"]),
        })
        {
            Assert.InRange(name!.GetValue<string>().Length, 1, 30);
            Assert.InRange(full!.GetValue<string>().Length, 1, 100);
            Assert.InRange(shortDescription!.GetValue<string>().Length, 1, 80);
            Assert.InRange(fullDescription!.GetValue<string>().Length, 1, 4000);
        }

        Assert.NotEqual(manifest["name"]!["full"]!.GetValue<string>(), fr["name.full"]!.GetValue<string>());
    }

    [Fact]
    public async Task Icons_are_192_colour_and_32_white_outline_on_transparent()
    {
        var entries = await package.EntriesAsync();
        var manifest = await ManifestAsync();
        var color = Png.Read(entries[manifest["icons"]!["color"]!.GetValue<string>()]);
        var outline = Png.Read(entries[manifest["icons"]!["outline"]!.GetValue<string>()]);

        Assert.Equal((192, 192), (color.Width, color.Height));
        Assert.Equal((32, 32), (outline.Width, outline.Height));
        Assert.Equal(Png.ColorTypeRgba, outline.ColorType);
        Assert.Equal(0, outline[0, 0].A);
        Assert.Equal(0, outline[31, 31].A);
        var pixels = Enumerable.Range(0, 32).SelectMany(y => Enumerable.Range(0, 32).Select(x => outline[x, y])).ToList();
        Assert.All(pixels.Where(p => p.A > 0), p => Assert.Equal((255, 255, 255), (p.R, p.G, p.B)));
        Assert.Contains(pixels, p => p.A == 255);
    }

    [Fact]
    public async Task Package_is_reproducible()
    {
        var again = package.TempPath("again.zip");
        var build = await TeamsPackage.BuildAsync(TeamsPackage.AppId, TeamsPackage.HostName, again);
        await package.Build;

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Equal(await File.ReadAllBytesAsync(package.ZipPath), await File.ReadAllBytesAsync(again));
    }

    [Theory]
    [InlineData("not-a-guid", TeamsPackage.HostName)]
    [InlineData(TeamsPackage.AppId, "https://wsisbot.azurewebsites.net/")]
    public async Task Script_refuses_a_bad_app_id_or_host(string appId, string host)
    {
        var output = package.TempPath($"bad-{Guid.NewGuid():N}.zip");

        var build = await TeamsPackage.BuildAsync(appId, host, output);

        Assert.Equal(2, build.ExitCode);
        Assert.False(File.Exists(output));
    }

    private async Task<JsonNode> ManifestAsync() => JsonNode.Parse((await package.EntriesAsync())["manifest.json"])!;

    [GeneratedRegex(@"/teams/v(?<version>\d+\.\d+)/MicrosoftTeams\.schema\.json$")]
    private static partial Regex SchemaVersion();

    [GeneratedRegex(@"/teams/v(?<version>\d+\.\d+)/MicrosoftTeams\.Localization\.schema\.json$")]
    private static partial Regex LocalizationSchemaVersion();
}
