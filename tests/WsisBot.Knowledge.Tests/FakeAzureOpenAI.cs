using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using WsisBot.Testing;

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
        FakeAzureOpenAI? fake = null;
        var (app, address) = await LoopbackServer.StartAsync(app => app.MapPost("/openai/deployments/{deployment}/chat/completions", (string deployment, HttpRequest request) => fake!.CompleteAsync(deployment, request)));
        fake = new FakeAzureOpenAI(app) { Endpoint = new Uri(address + "/") };
        return fake;
    }

    private async Task<IResult> CompleteAsync(string deployment, HttpRequest request)
    {
        using var reader = new StreamReader(request.Body);
        Requests.Enqueue((deployment, request.Headers["api-key"].FirstOrDefault(), await reader.ReadToEndAsync()));
        return Results.Json(new
        {
            id = "chatcmpl-test",
            @object = "chat.completion",
            created = 1_700_000_000,
            model = "gpt-4o",
            choices = new[] { new { index = 0, message = new { role = "assistant", content = Reply }, finish_reason = "stop" } },
            usage = new { prompt_tokens = 10, completion_tokens = 10, total_tokens = 20 },
        });
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
