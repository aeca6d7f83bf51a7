using System.Text.Json;
using Microsoft.Playwright;
using WsisBot.Testing;

namespace WsisBot.Browser.Tests;

/// <summary>
/// axe-core (tests/tools/node_modules, installed by test.sh) injected into a page and run over it with the WCAG 2.1 A/AA
/// rules and the best practices. What fails: any WCAG violation, and a best-practice one whose impact is serious or critical.
/// </summary>
public static class Axe
{
    private static readonly string Script = Path.Combine(RepositoryRoot.Path, "tests", "tools", "node_modules", "axe-core", "axe.min.js");

    private static readonly string[] Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];

    /// <summary>
    /// Runs axe on the page and returns its report. <paramref name="exclude"/> are CSS selectors axe leaves out: each must be
    /// an exact element we cannot fix, named with the reason where the caller passes it.
    /// </summary>
    public static async Task<AxeReport> RunAsync(IPage page, params string[] exclude)
    {
        if (await page.EvaluateAsync<bool>("() => typeof window.axe === 'undefined'"))
        {
            await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = Script });
        }

        var json = await page.EvaluateAsync<JsonElement>(
            """
            async ([tags, exclude]) => {
              const context = exclude.length ? { include: [document], exclude: exclude.map(s => [s]) } : document;
              const result = await axe.run(context, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
              return result.violations.map(v => ({
                id: v.id, impact: v.impact || '', tags: v.tags, help: v.help,
                nodes: v.nodes.map(n => ({ target: n.target.join(' '), html: n.html.slice(0, 300), summary: n.failureSummary || '' }))
              }));
            }
            """,
            new object[] { Tags, exclude });
        var violations = json.EnumerateArray().Select(v => new AxeViolation(
            v.GetProperty("id").GetString()!,
            v.GetProperty("impact").GetString()!,
            [.. v.GetProperty("tags").EnumerateArray().Select(t => t.GetString()!)],
            v.GetProperty("help").GetString()!,
            [.. v.GetProperty("nodes").EnumerateArray().Select(n => new AxeNode(
                n.GetProperty("target").GetString()!, n.GetProperty("html").GetString()!, n.GetProperty("summary").GetString()!))])).ToList();
        return new AxeReport(page.Url, violations);
    }
}

public sealed record AxeNode(string Target, string Html, string Summary);

public sealed record AxeViolation(string Id, string Impact, IReadOnlyList<string> Tags, string Help, IReadOnlyList<AxeNode> Nodes)
{
    public bool IsWcag => Tags.Any(t => t is "wcag2a" or "wcag2aa" or "wcag21a" or "wcag21aa");

    /// <summary>A WCAG 2.1 A/AA violation, or a best-practice one that is serious or critical.</summary>
    public bool Fails => IsWcag || Impact is "serious" or "critical";
}

public sealed record AxeReport(string Url, IReadOnlyList<AxeViolation> Violations)
{
    public IReadOnlyList<AxeViolation> Failures => [.. Violations.Where(v => v.Fails)];

    /// <summary>Every violation (failing or not), with rule id, impact, help, each element's selector, its markup and what is wrong.</summary>
    public override string ToString()
    {
        var lines = new List<string> { $"axe on {Url}: {Failures.Count} failing, {Violations.Count} in all" };
        foreach (var violation in Violations)
        {
            lines.Add($"{(violation.Fails ? "FAIL" : "note")} {violation.Id} ({violation.Impact}; {string.Join(", ", violation.Tags)}): {violation.Help}");
            foreach (var node in violation.Nodes)
            {
                lines.Add($"    {node.Target}\n      {node.Html}\n      {node.Summary.ReplaceLineEndings("\n      ")}");
            }
        }

        return string.Join('\n', lines);
    }
}
