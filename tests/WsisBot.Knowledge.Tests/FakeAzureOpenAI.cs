using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace WsisBot.Knowledge.Tests;

/// <summary>
/// A loopback server speaking the Azure OpenAI chat-completions wire format
/// (POST /openai/deployments/{deployment}/chat/completions?api-version=…), replying with a fixed message.
/// </summary>
public sealed class FakeAzureOpenAI : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeAzureOpenAI(WebApplication app) => _app = app;

    public Uri Endpoint { get; private set; } = null!;

    /// <summary>What the model "says" next.</summary>
    public string Reply { get; set; } = string.Empty;

    public ConcurrentQueue<(string Deployment, string? ApiKey, string Body)> Requests { get; } = new();

    public static async Task<FakeAzureOpenAI> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var fake = new FakeAzureOpenAI(builder.Build());
        fake._app.MapPost("/openai/deployments/{deployment}/chat/completions", async (string deployment, HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            fake.Requests.Enqueue((deployment, request.Headers["api-key"].FirstOrDefault(), await reader.ReadToEndAsync()));
            return Results.Json(new
            {
                id = "chatcmpl-test",
                @object = "chat.completion",
                created = 1_700_000_000,
                model = "gpt-4o",
                choices = new[] { new { index = 0, message = new { role = "assistant", content = fake.Reply }, finish_reason = "stop" } },
                usage = new { prompt_tokens = 10, completion_tokens = 10, total_tokens = 20 },
            });
        });
        await fake._app.StartAsync();
        var address = fake._app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        fake.Endpoint = new Uri(address.TrimEnd('/') + "/");
        return fake;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
