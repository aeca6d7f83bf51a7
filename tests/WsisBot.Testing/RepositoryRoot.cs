namespace WsisBot.Testing;

/// <summary>The clone's root (where WsisBot.sln is), found from the test binaries' folder.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "WsisBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("WsisBot.sln not found above " + AppContext.BaseDirectory);
    }
}
