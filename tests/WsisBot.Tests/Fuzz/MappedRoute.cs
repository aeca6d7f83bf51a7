using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;

namespace WsisBot.Tests.Fuzz;

/// <summary>
/// One route the running app answers, found from the app itself: its endpoints' patterns (with their methods,
/// null when any method is routed) and the files of its web root (served to GET and HEAD).
/// </summary>
public sealed record MappedRoute(string Template, RoutePattern? Pattern, IReadOnlyList<string>? Methods)
{
    public bool IsStaticFile => Pattern is null;

    public override string ToString() => $"{(Methods is null ? "*" : string.Join(",", Methods))} {Template}";

    /// <summary>Every route endpoint, grouped by pattern (one entry per path with the union of its methods), then the static files.</summary>
    public static IReadOnlyList<MappedRoute> Discover(IServiceProvider services)
    {
        var endpoints = services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        var routes = endpoints
            .GroupBy(e => "/" + e.RoutePattern.RawText!.TrimStart('/'), StringComparer.Ordinal)
            .Select(g =>
            {
                var methods = g.Select(e => e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods).ToList();
                return new MappedRoute(g.Key, g.First().RoutePattern,
                    methods.Any(m => m is null) ? null : [.. methods.SelectMany(m => m!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]);
            });
        var files = StaticFiles(services.GetRequiredService<IWebHostEnvironment>().WebRootFileProvider, "")
            .Prepend("/")
            .Select(path => new MappedRoute(path, null, ["GET", "HEAD"]));
        return [.. routes.OrderBy(r => r.Template, StringComparer.Ordinal), .. files];
    }

    private static IEnumerable<string> StaticFiles(IFileProvider files, string folder)
    {
        foreach (var entry in files.GetDirectoryContents(folder))
        {
            var path = $"{folder}/{entry.Name}";
            if (!entry.IsDirectory)
            {
                yield return path;
                continue;
            }

            foreach (var inner in StaticFiles(files, path))
            {
                yield return inner;
            }
        }
    }
}
