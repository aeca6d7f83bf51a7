using System.Net;
using System.Text.RegularExpressions;
using WsisBot.Testing;

namespace WsisBot.Tests.Escalation;

/// <summary>A secretariat member's browser session on /inbox: cookies, anti-forgery tokens, form posts.</summary>
public sealed partial class InboxSession
{
    public InboxSession(BotServer bot) => Client = bot.CreateClient(followRedirects: false, Cookies);

    public HttpClient Client { get; }

    /// <summary>The session's cookies (sign-in and anti-forgery), for a client that sends them by hand.</summary>
    public CookieContainer Cookies { get; } = new();

    public async Task<HttpResponseMessage> SignInAsync(string userName, string password)
    {
        var token = await TokenFromAsync("/inbox/login");
        return await PostFormAsync("/inbox/login", new() { ["userName"] = userName, ["password"] = password, ["__RequestVerificationToken"] = token });
    }

    public async Task<string> GetHtmlAsync(string path)
    {
        using var response = await Client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The anti-forgery token a page's forms carry.</summary>
    public async Task<string> TokenFromAsync(string path) =>
        AntiForgeryField().Match(await GetHtmlAsync(path)).Groups[1].Value;

    public async Task<HttpResponseMessage> PostFormAsync(string path, Dictionary<string, string> fields) =>
        await Client.PostAsync(new Uri(path, UriKind.Relative), new FormUrlEncodedContent(fields));

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiForgeryField();
}
