using System.Text.RegularExpressions;

namespace WsisBot.Deployment.Tests;

/// <summary>The real bicep CLI, run on the files under deploymentTemplates/.</summary>
public static partial class Bicep
{
    /// <summary>
    /// Values for the readEnvironmentVariable() calls of the .bicepparam files, as a deploying shell would set them.
    /// </summary>
    public static IReadOnlyDictionary<string, string> ParameterEnvironment { get; } = new Dictionary<string, string>
    {
        ["WSISBOT_BOT_APP_ID"] = "3f2504e0-4f89-41d3-9a0c-0305e82c3301",
        ["WSISBOT_SQL_ADMIN_LOGIN"] = "WSIS Bot SQL admins",
        ["WSISBOT_SQL_ADMIN_OBJECT_ID"] = "6f9619ff-8b86-4011-b42d-00c04fc964ff",
        ["WSISBOT_KV_OPERATOR_OBJECT_ID"] = "7c9e6679-7425-40de-944b-e07fc1f90ae7",
    };

    public static Task<ProcessResult> RunAsync(params string[] arguments) =>
        Processes.RunAsync(Tooling.BicepExecutable, arguments, Tooling.DeploymentTemplates, ParameterEnvironment);

    /// <summary>Diagnostic lines bicep printed ("file(line,col) : Warning rule: text"), of any level.</summary>
    public static IReadOnlyList<string> Diagnostics(ProcessResult result) =>
        (result.StandardOutput + "\n" + result.StandardError)
            .Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(line => DiagnosticLine().IsMatch(line))
            .ToList();

    [GeneratedRegex(@"\(\d+,\d+\)\s*:\s*(Error|Warning|Info)\b")]
    private static partial Regex DiagnosticLine();
}
