using System.Text.RegularExpressions;
using WsisBot.Testing;

namespace WsisBot.Tests.Architecture;

/// <summary>
/// No folder of src/Bot imports a folder that imports it back, directly or around a longer loop: a folder's files name
/// another folder's namespace (<c>WsisBot.Bot.Folder</c>) only one way. The composition root (files at src/Bot's top,
/// ServiceRegistration.cs and Program.cs) alone names them all.
/// </summary>
public partial class FolderDependencyTests
{
    private static readonly string BotFolder = Path.Combine(RepositoryRoot.Path, "src", "Bot");

    [Fact]
    public void No_two_folders_of_the_bot_depend_on_each_other()
    {
        var dependencies = Dependencies();

        var loops = StronglyConnected(dependencies).Where(group => group.Count > 1).Select(group => string.Join(" ↔ ", group.Order(StringComparer.Ordinal)));

        Assert.Empty(loops);
    }

    [Fact]
    public void The_checker_sees_a_loop_when_there_is_one()
    {
        var dependencies = new Dictionary<string, HashSet<string>>
        {
            ["Channels"] = ["Turns"],
            ["Turns"] = ["Conversation"],
            ["Conversation"] = ["Channels"],
            ["Hosting"] = [],
        };

        var loop = Assert.Single(StronglyConnected(dependencies), group => group.Count > 1);

        Assert.Equal(["Channels", "Conversation", "Turns"], loop.Order(StringComparer.Ordinal));
        Assert.Contains("Turns", Dependencies()["Channels"]);
    }

    /// <summary>For each folder of src/Bot, the other folders its files name.</summary>
    private static Dictionary<string, HashSet<string>> Dependencies()
    {
        var dependencies = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(BotFolder, "*.cs", SearchOption.AllDirectories))
        {
            var parts = Path.GetRelativePath(BotFolder, file).Split(Path.DirectorySeparatorChar);
            if (parts.Length < 2 || parts[0] is "bin" or "obj")
            {
                continue;
            }

            var folder = parts[0];
            var named = dependencies.TryGetValue(folder, out var set) ? set : dependencies[folder] = [];
            foreach (Match match in FolderNamespace().Matches(File.ReadAllText(file)))
            {
                if (match.Groups[1].Value != folder)
                {
                    named.Add(match.Groups[1].Value);
                }
            }
        }

        return dependencies;
    }

    /// <summary>Tarjan's strongly connected components: a group of more than one folder is a loop.</summary>
    private static List<List<string>> StronglyConnected(Dictionary<string, HashSet<string>> graph)
    {
        var index = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var groups = new List<List<string>>();

        void Visit(string node)
        {
            index[node] = low[node] = index.Count;
            stack.Push(node);
            foreach (var next in graph.GetValueOrDefault(node) ?? [])
            {
                if (!index.TryGetValue(next, out var seen))
                {
                    Visit(next);
                    low[node] = Math.Min(low[node], low[next]);
                }
                else if (stack.Contains(next))
                {
                    low[node] = Math.Min(low[node], seen);
                }
            }

            if (low[node] == index[node])
            {
                var group = new List<string>();
                string member;
                do
                {
                    member = stack.Pop();
                    group.Add(member);
                }
                while (member != node);
                groups.Add(group);
            }
        }

        foreach (var node in graph.Keys.Where(node => !index.ContainsKey(node)).ToList())
        {
            Visit(node);
        }

        return groups;
    }

    [GeneratedRegex(@"WsisBot\.Bot\.([A-Za-z]+)")]
    private static partial Regex FolderNamespace();
}
