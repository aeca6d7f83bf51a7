using System.Text.RegularExpressions;

namespace WsisBot.Deployment.Tests;

/// <summary>
/// The configuration keys an app reads, found in its C# source rather than kept by hand:
/// <list type="bullet">
/// <item>options classes: <c>const string Section = "X"</c> plus public settable properties → <c>X:Property</c>;</item>
/// <item><c>AddOptions&lt;T&gt;().BindConfiguration("X")</c>, <c>.Bind(….GetSection("X"))</c>, <c>Configure&lt;T&gt;(….GetSection("X"))</c> → T's properties under X;</item>
/// <item><c>AddOptions&lt;T&gt;().Bind(configuration)</c> → T's properties at the root (MicrosoftAppId…);</item>
/// <item><c>GetConnectionString("X")</c> → <c>ConnectionStrings:X</c>; <c>configuration["X"]</c>, <c>GetValue&lt;T&gt;("X")</c> → X;</item>
/// <item><c>GetSection("X")</c> with X no options class claims, and Microsoft.Identity.Web's
/// <c>AddMicrosoftIdentityWebApp/Api(configuration[, "X"])</c> (section AzureAd by default) → the whole section X,
/// since a library reads it.</item>
/// </list>
/// Property types: arrays and lists take indexed children (<c>X:Origins:0</c>), dictionaries any child, and an
/// options class found in the source its own properties. Keys compare case-insensitively, as configuration does.
/// </summary>
public sealed partial class ConfigurationKeys
{
    private readonly HashSet<string> _keys = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _indexed = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _sections = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Exact keys (e.g. Database:Provider).</summary>
    public IReadOnlyCollection<string> Keys => _keys;

    /// <summary>Keys of list properties, read with an index (DirectLine:AllowedOrigins → DirectLine:AllowedOrigins:0).</summary>
    public IReadOnlyCollection<string> IndexedKeys => _indexed;

    /// <summary>Sections read whole: any key below them (AzureAd → AzureAd:ClientId).</summary>
    public IReadOnlyCollection<string> Sections => _sections;

    /// <summary>Scans every .cs file under <paramref name="sourceRoot"/> except bin/, obj/ and EF migrations.</summary>
    public static ConfigurationKeys FromSourceTree(string sourceRoot)
    {
        var files = Directory.EnumerateFiles(sourceRoot, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj" or "Migrations" or "node_modules"))
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllText);
        return FromSources(files);
    }

    public static ConfigurationKeys FromSources(IEnumerable<string> sources)
    {
        var code = sources.Select(StripComments).ToList();
        var classes = code.SelectMany(ReadClasses).GroupBy(c => c.Name).ToDictionary(g => g.Key, g => g.ToList());
        var keys = new ConfigurationKeys();

        foreach (var options in classes.Values.SelectMany(c => c).Where(c => c.Section is not null))
        {
            keys.AddProperties(options, options.Section!, classes, depth: 0);
        }

        foreach (var text in code)
        {
            foreach (Match m in BindToSection().Matches(text))
            {
                keys.AddClass(m.Groups["type"].Value, m.Groups["section"].Value, classes);
            }

            foreach (Match m in BindToRoot().Matches(text))
            {
                keys.AddClass(m.Groups["type"].Value, prefix: "", classes);
            }

            foreach (Match m in ConnectionString().Matches(text))
            {
                keys._keys.Add("ConnectionStrings:" + m.Groups["name"].Value);
            }

            foreach (Match m in Indexer().Matches(text))
            {
                keys._keys.Add(m.Groups["key"].Value);
            }

            foreach (Match m in GetValue().Matches(text))
            {
                keys._keys.Add(m.Groups["key"].Value);
            }

            foreach (Match m in LiteralSection().Matches(text))
            {
                var section = m.Groups["section"].Value;
                if (!classes.Values.SelectMany(c => c).Any(c => string.Equals(c.Section, section, StringComparison.OrdinalIgnoreCase)))
                {
                    keys._sections.Add(section);
                }
            }

            foreach (Match m in IdentityWeb().Matches(text))
            {
                keys._sections.Add(m.Groups["section"].Success ? m.Groups["section"].Value : "AzureAd");
            }
        }

        return keys;
    }

    /// <summary>Whether the app reads <paramref name="key"/> (":"-separated; "__" is accepted for ":").</summary>
    public bool Reads(string key)
    {
        key = key.Replace("__", ":", StringComparison.Ordinal);
        if (_keys.Contains(key))
        {
            return true;
        }

        var lastColon = key.LastIndexOf(':');
        if (lastColon > 0 && int.TryParse(key.AsSpan(lastColon + 1), out _) && _indexed.Contains(key[..lastColon]))
        {
            return true;
        }

        return _sections.Any(s => key.StartsWith(s + ":", StringComparison.OrdinalIgnoreCase));
    }

    private void AddClass(string type, string prefix, Dictionary<string, List<OptionsClass>> classes)
    {
        if (!classes.TryGetValue(type, out var declared))
        {
            // Bound but declared outside src/ (a library's options type): the whole section is read.
            if (prefix.Length > 0)
            {
                _sections.Add(prefix);
            }

            return;
        }

        foreach (var options in declared)
        {
            AddProperties(options, prefix, classes, depth: 0);
        }
    }

    private void AddProperties(OptionsClass options, string prefix, Dictionary<string, List<OptionsClass>> classes, int depth)
    {
        foreach (var (type, name) in options.Properties)
        {
            var key = prefix.Length == 0 ? name : $"{prefix}:{name}";
            var bare = type.TrimEnd('?');
            if (bare.EndsWith("[]", StringComparison.Ordinal) || ListType().IsMatch(bare))
            {
                _indexed.Add(key);
            }
            else if (DictionaryType().IsMatch(bare))
            {
                _sections.Add(key);
            }
            else if (depth < 4 && classes.TryGetValue(bare, out var nested))
            {
                foreach (var inner in nested)
                {
                    AddProperties(inner, key, classes, depth + 1);
                }
            }
            else
            {
                _keys.Add(key);
            }
        }
    }

    private sealed record OptionsClass(string Name, string? Section, IReadOnlyList<(string Type, string Name)> Properties);

    private static IEnumerable<OptionsClass> ReadClasses(string text)
    {
        // Declarations are looked for where string literals are blanked out, so "a record of…" is no class.
        var declarations = ClassDeclaration().Matches(BlankStrings(text));
        for (var i = 0; i < declarations.Count; i++)
        {
            var start = declarations[i].Index;
            var end = i + 1 < declarations.Count ? declarations[i + 1].Index : text.Length;
            var body = text[start..end];
            var section = SectionConstant().Match(body);
            var properties = Property().Matches(body).Select(m => (m.Groups["type"].Value.Trim(), m.Groups["name"].Value)).ToList();
            yield return new OptionsClass(declarations[i].Groups["name"].Value, section.Success ? section.Groups["section"].Value : null, properties);
        }
    }

    /// <summary>Removes comments (doc comments mention keys too), leaving string and char literals ("https://…", '"') whole.</summary>
    private static string StripComments(string text) =>
        CommentOrString().Replace(text, m => m.Value[0] is '"' or '\'' ? m.Value : " ");

    /// <summary>The same text, same length, with the contents of string literals replaced by spaces.</summary>
    private static string BlankStrings(string text) =>
        CommentOrString().Replace(text, m => m.Value.StartsWith('"') ? '"' + new string(' ', m.Value.Length - 2) + '"' : m.Value);

    [GeneratedRegex(@"'(?:[^'\\\n]|\\.)'|""(?:[^""\\\n]|\\.)*""|//[^\n]*|/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex CommentOrString();

    [GeneratedRegex(@"\b(?:class|record|struct)\s+(?<name>\w+)")]
    private static partial Regex ClassDeclaration();

    [GeneratedRegex(@"\bconst\s+string\s+Section\s*=\s*""(?<section>[^""]+)""")]
    private static partial Regex SectionConstant();

    [GeneratedRegex(@"\bpublic\s+(?:required\s+)?(?<type>[\w.<>\[\]?, ]+?)\s+(?<name>\w+)\s*\{\s*get;\s*(?:set|init);")]
    private static partial Regex Property();

    [GeneratedRegex(@"AddOptions<(?<type>\w+)>\(\)\s*\.\s*(?:BindConfiguration\(\s*""(?<section>[^""]+)""|Bind\(\s*[\w.]*GetSection\(\s*""(?<section>[^""]+)""\s*\))|Configure<(?<type>\w+)>\(\s*[\w.]*GetSection\(\s*""(?<section>[^""]+)""\s*\)")]
    private static partial Regex BindToSection();

    [GeneratedRegex(@"AddOptions<(?<type>\w+)>\(\)\s*\.\s*Bind\(\s*(?:\w+\.)*[Cc]onfiguration\s*\)")]
    private static partial Regex BindToRoot();

    [GeneratedRegex(@"GetConnectionString\(\s*""(?<name>[^""]+)""\s*\)")]
    private static partial Regex ConnectionString();

    [GeneratedRegex(@"[Cc]onfiguration\s*\[\s*""(?<key>[^""]+)""\s*\]")]
    private static partial Regex Indexer();

    [GeneratedRegex(@"GetValue<[^>]+>\(\s*""(?<key>[^""]+)""")]
    private static partial Regex GetValue();

    [GeneratedRegex(@"GetSection\(\s*""(?<section>[^""]+)""\s*\)")]
    private static partial Regex LiteralSection();

    [GeneratedRegex(@"AddMicrosoftIdentityWeb(?:App|Api)\(\s*[\w.]*[Cc]onfiguration\s*(?:,\s*(?:configSectionName:\s*)?""(?<section>[^""]+)"")?")]
    private static partial Regex IdentityWeb();

    [GeneratedRegex(@"^(?:I?List|IReadOnlyList|IEnumerable|ICollection|IReadOnlyCollection|HashSet|ISet)<")]
    private static partial Regex ListType();

    [GeneratedRegex(@"^(?:I?Dictionary|IReadOnlyDictionary)<")]
    private static partial Regex DictionaryType();
}
