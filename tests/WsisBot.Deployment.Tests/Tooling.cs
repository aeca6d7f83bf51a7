using System.Diagnostics;
using System.Reflection;
using System.Text;

namespace WsisBot.Deployment.Tests;

/// <summary>Where things are, as the build recorded it (AssemblyMetadata written by the csproj).</summary>
public static class Tooling
{
    public static string RepositoryRoot { get; } = Metadata("RepositoryRoot");

    public static string DeploymentTemplates { get; } = Path.Combine(RepositoryRoot, "deploymentTemplates");

    /// <summary>The bicep CLI inside the NuGet package Azure.Bicep.CommandLine.linux-x64, made executable.</summary>
    public static string BicepExecutable { get; } = Executable(Metadata("BicepExecutable"));

    private static string Metadata(string key) =>
        typeof(Tooling).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().SingleOrDefault(a => a.Key == key)?.Value
        ?? throw new InvalidOperationException($"The test assembly has no '{key}' metadata; build it with its csproj.");

    private static string Executable(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"bicep CLI not found at {path}: restore Azure.Bicep.CommandLine.linux-x64.", path);
        }

        if (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(path) & UnixFileMode.UserExecute) == 0)
        {
            // NuGet does not always keep the executable bit when it extracts a package.
            File.SetUnixFileMode(path, File.GetUnixFileMode(path) | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
        }

        return path;
    }
}

public sealed record ProcessResult(int ExitCode, string StandardOutput, string StandardError)
{
    public override string ToString() => $"exit code {ExitCode}\nstdout:\n{StandardOutput}\nstderr:\n{StandardError}";
}

public static class Processes
{
    public static async Task<ProcessResult> RunAsync(
        string fileName, IEnumerable<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', start.ArgumentList)} did not finish within 2 minutes.");
        }

        return new ProcessResult(process.ExitCode, await stdout, await stderr);
    }
}
