using System.IO.Compression;

namespace WsisBot.Deployment.Tests;

/// <summary>The Teams app package, built once by the documented command into a temporary folder.</summary>
public sealed class TeamsPackage : IDisposable
{
    public const string AppId = "0b5e7a3c-2d4f-4e61-9a8b-7c6d5e4f3a21";
    public const string HostName = "wsisbot-test.azurewebsites.net";

    private readonly string _directory = Directory.CreateTempSubdirectory("wsisbot-teams-").FullName;

    public TeamsPackage()
    {
        ZipPath = Path.Combine(_directory, "wsisbot-teams.zip");
        Build = BuildAsync(AppId, HostName, ZipPath);
    }

    public static string Script { get; } = Path.Combine(Tooling.DeploymentTemplates, "teams", "build-package.sh");

    public string ZipPath { get; }

    public Task<ProcessResult> Build { get; }

    public string TempPath(string name) => Path.Combine(_directory, name);

    public static Task<ProcessResult> BuildAsync(params string[] arguments) =>
        Processes.RunAsync("bash", [Script, .. arguments], Tooling.RepositoryRoot);

    public async Task<IReadOnlyDictionary<string, byte[]>> EntriesAsync()
    {
        var build = await Build;
        Assert.True(build.ExitCode == 0, $"build-package.sh failed: {build}");
        using var zip = ZipFile.OpenRead(ZipPath);
        return zip.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var stream = e.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        });
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
