using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace WsisBot.Deployment.Tests;

/// <summary>Reading a compiled ARM template: resources of nested module deployments included.</summary>
public static partial class ArmTemplate
{
    public sealed record Resource(JsonObject Json, JsonObject Template)
    {
        public string Type => Json["type"]!.GetValue<string>();

        public JsonNode? Properties => Json["properties"];
    }

    public sealed record AppSetting(string Name, JsonNode? Value);

    /// <summary>Every resource, depth first, with the (module) template that declares it.</summary>
    public static IEnumerable<Resource> Resources(JsonObject template)
    {
        IEnumerable<JsonNode?> resources = template["resources"] switch
        {
            JsonArray array => array,
            JsonObject symbolic => symbolic.Select(p => p.Value), // languageVersion 2.0: symbolic names
            _ => [],
        };
        foreach (var node in resources)
        {
            var resource = node!.AsObject();
            yield return new Resource(resource, template);
            if (resource["type"]?.GetValue<string>() == "Microsoft.Resources/deployments"
                && resource["properties"]?["template"] is JsonObject nested)
            {
                foreach (var inner in Resources(nested))
                {
                    yield return inner;
                }
            }
        }
    }

    public static IEnumerable<Resource> OfType(JsonObject template, string type) =>
        Resources(template).Where(r => string.Equals(r.Type, type, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The app settings written to every Web App: <c>siteConfig.appSettings</c> of Microsoft.Web/sites and the
    /// properties of Microsoft.Web/sites/config "appsettings". A setting list may be an expression over variables
    /// (e.g. a filter of a variable); then every entry of those variables counts. Names must be literal: a name
    /// computed at deployment time could not be checked, so it fails here.
    /// </summary>
    public static IReadOnlyList<AppSetting> AppSettings(JsonObject template)
    {
        var settings = new List<AppSetting>();
        foreach (var site in OfType(template, "Microsoft.Web/sites"))
        {
            if (site.Properties?["siteConfig"]?["appSettings"] is { } appSettings)
            {
                settings.AddRange(Entries(appSettings, site.Template));
            }
        }

        foreach (var config in OfType(template, "Microsoft.Web/sites/config"))
        {
            var name = config.Json["name"]!.GetValue<string>();
            if (!name.EndsWith("appsettings", StringComparison.OrdinalIgnoreCase) && !name.EndsWith("'appsettings')]", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (config.Properties is not JsonObject properties)
            {
                throw new InvalidOperationException($"sites/config {name}: properties must be a literal object of settings.");
            }

            settings.AddRange(properties.Select(p => new AppSetting(Literal(p.Key, name), p.Value)));
        }

        return settings;
    }

    private static IEnumerable<AppSetting> Entries(JsonNode node, JsonObject template)
    {
        switch (node)
        {
            case JsonArray array:
                foreach (var entry in array)
                {
                    var name = entry?["name"]?.GetValue<string>()
                        ?? throw new InvalidOperationException($"An app setting without a literal name: {entry?.ToJsonString()}");
                    yield return new AppSetting(Literal(name, name), entry["value"]);
                }

                break;

            case JsonValue value when value.GetValue<string>() is var expression && expression.StartsWith('['):
                var variables = VariableReference().Matches(expression).Select(m => m.Groups[1].Value).Distinct().ToList();
                if (variables.Count == 0 || expression.Contains("createObject('name'", StringComparison.OrdinalIgnoreCase))
                {
                    throw new InvalidOperationException(
                        $"App settings built by the expression {expression} cannot be read; keep them in a variable that is a literal array.");
                }

                foreach (var variable in variables)
                {
                    var declared = template["variables"]?[variable]
                        ?? throw new InvalidOperationException($"The app settings refer to the unknown variable '{variable}'.");
                    foreach (var setting in Entries(declared, template))
                    {
                        yield return setting;
                    }
                }

                break;

            default:
                throw new InvalidOperationException($"Unexpected app settings: {node.ToJsonString()}");
        }
    }

    private static string Literal(string name, string context) =>
        name.StartsWith('[') ? throw new InvalidOperationException($"An app setting name is computed ({context}); it must be a literal.") : name;

    [GeneratedRegex(@"variables\('([^']+)'\)")]
    private static partial Regex VariableReference();

    /// <summary>The template without the generator blocks (bicep version, template hash), at every nesting level.</summary>
    public static JsonNode WithoutGeneratorMetadata(JsonNode template)
    {
        var copy = template.DeepClone();
        Strip(copy);
        return copy;

        static void Strip(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject obj:
                    if (obj["metadata"] is JsonObject metadata)
                    {
                        metadata.Remove("_generator");
                        if (metadata.Count == 0)
                        {
                            obj.Remove("metadata");
                        }
                    }

                    foreach (var property in obj.ToList())
                    {
                        Strip(property.Value);
                    }

                    break;

                case JsonArray array:
                    foreach (var item in array)
                    {
                        Strip(item);
                    }

                    break;
            }
        }
    }
}
