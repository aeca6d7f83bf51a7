using System.Text.Json.Nodes;

namespace WsisBot.Deployment.Tests;

[CollectionDefinition(Name)]
public sealed class BicepCollection : ICollectionFixture<CompiledTemplate>
{
    public const string Name = "bicep";
}

/// <summary>
/// One run of each bicep command the tests need, started together and shared by every test of the
/// "bicep" collection: main.bicep built to a temporary file and linted, each parameter file built
/// (build-params reports the parameter file's diagnostics, linter rules included).
/// </summary>
public sealed class CompiledTemplate : IDisposable
{
    public static readonly IReadOnlyList<string> ParameterFiles = ["main.prod.bicepparam", "main.staging.bicepparam"];

    private readonly string _directory = Directory.CreateTempSubdirectory("wsisbot-bicep-").FullName;
    private readonly Dictionary<string, Task<ProcessResult>> _parameterBuilds;

    public CompiledTemplate()
    {
        BuiltPath = Path.Combine(_directory, "main.json");
        Build = Bicep.RunAsync("build", "main.bicep", "--outfile", BuiltPath);
        Lint = Bicep.RunAsync("lint", "main.bicep");
        _parameterBuilds = ParameterFiles.ToDictionary(
            f => f, f => Bicep.RunAsync("build-params", f, "--outfile", Path.Combine(_directory, Path.ChangeExtension(f, ".parameters.json"))));
        Template = ReadBuiltAsync();
    }

    /// <summary>Where <c>bicep build main.bicep</c> wrote its output.</summary>
    public string BuiltPath { get; }

    public Task<ProcessResult> Build { get; }

    public Task<ProcessResult> Lint { get; }

    /// <summary>The freshly compiled ARM template.</summary>
    public Task<JsonObject> Template { get; }

    public Task<ProcessResult> BuildParameters(string file) => _parameterBuilds[file];

    public string BuiltParametersPath(string file) => Path.Combine(_directory, Path.ChangeExtension(file, ".parameters.json"));

    private async Task<JsonObject> ReadBuiltAsync()
    {
        var build = await Build;
        Assert.True(build.ExitCode == 0, $"bicep build main.bicep failed: {build}");
        return JsonNode.Parse(await File.ReadAllTextAsync(BuiltPath))!.AsObject();
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
