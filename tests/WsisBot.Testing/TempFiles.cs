namespace WsisBot.Testing;

/// <summary>Scratch files for one test run, under the system temp folder.</summary>
public static class TempFiles
{
    public static string Root { get; } = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "wsisbot-tests")).FullName;

    public static string NewDatabasePath() => Path.Combine(Root, $"bot-{Guid.NewGuid():N}.db");

    public static string NewDirectory(string prefix) => Directory.CreateDirectory(Path.Combine(Root, $"{prefix}-{Guid.NewGuid():N}")).FullName;
}
