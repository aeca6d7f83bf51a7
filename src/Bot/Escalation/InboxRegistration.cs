using Microsoft.AspNetCore.RateLimiting;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Identity.Web;

namespace WsisBot.Bot.Escalation;

/// <summary>The secretariat's inbox: its sign-in, its pages under /inbox, and the refusal when no sign-in is configured.</summary>
public static class InboxRegistration
{
    public const string Policy = "Secretariat";
    public const string LoginRateLimit = "inbox-login";

    public static InboxSignInMode Mode(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration["AzureAd:ClientId"]) ? InboxSignInMode.EntraId
        : configuration.GetSection(InboxOptions.Section).Get<InboxOptions>()?.HasLocalAdmin == true ? InboxSignInMode.LocalAdmin
        : InboxSignInMode.None;

    public static void AddInbox(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<InboxOptions>().BindConfiguration(InboxOptions.Section);
        services.AddRazorPages(options =>
        {
            options.RootDirectory = "/Escalation/Inbox";
            options.Conventions.AuthorizeFolder("/", Policy);
            options.Conventions.AllowAnonymousToPage("/Login");
            options.Conventions.ConfigureFilter(new InboxHandlerRequired());
        });

        if (Mode(builder.Configuration) == InboxSignInMode.EntraId)
        {
            services.AddAuthentication(OpenIdConnectDefaults.AuthenticationScheme)
                .AddMicrosoftIdentityWebApp(builder.Configuration.GetSection("AzureAd"));
        }
        else
        {
            services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(options =>
            {
                options.LoginPath = "/inbox/login";
                options.Cookie.Name = "wsisbot.inbox";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Strict;
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
            });
        }

        services.AddAuthorizationBuilder().AddPolicy(Policy, policy => policy.RequireAuthenticatedUser());
        // One more policy for the rate limiter the channels register (the same 429 for every route).
        services.Configure<RateLimiterOptions>(options =>
        {
            options.AddPolicy(LoginRateLimit, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = 10, Window = TimeSpan.FromMinutes(1) }));
        });
        services.AddScoped<TicketDesk>();
    }

    public static void MapInbox(this WebApplication app)
    {
        if (Mode(app.Configuration) == InboxSignInMode.None)
        {
            app.Map("/inbox/{**rest}", () => Results.Content(NotConfiguredPage, "text/html; charset=utf-8", statusCode: StatusCodes.Status503ServiceUnavailable));
            app.Logger.LogWarning("The inbox is closed: set AzureAd:* (Entra ID) or Inbox:AdminUserName and Inbox:AdminPasswordHash.");
            return;
        }

        app.MapRazorPages();
    }

    private const string NotConfiguredPage = """
        <!doctype html><html lang="fr"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Boîte de réception fermée · Inbox closed</title>
        <body style="font-family:system-ui,sans-serif;max-width:44rem;margin:3rem auto;padding:0 1rem;line-height:1.5">
        <main>
        <h1>Boîte de réception fermée</h1>
        <p>Aucune connexion n'est configurée, donc personne ne peut entrer. Configurez Entra ID (<code>AzureAd:Instance</code>,
        <code>AzureAd:TenantId</code>, <code>AzureAd:ClientId</code>) ou un compte administrateur local
        (<code>Inbox:AdminUserName</code> et <code>Inbox:AdminPasswordHash</code> ; le hachage s'obtient avec
        <code>dotnet run --project src/Bot -- hash-password</code>).</p>
        <h1 lang="en">Inbox closed</h1>
        <p lang="en">No sign-in is configured, so nobody can enter. Configure Entra ID (<code>AzureAd:Instance</code>,
        <code>AzureAd:TenantId</code>, <code>AzureAd:ClientId</code>) or a local admin account
        (<code>Inbox:AdminUserName</code> and <code>Inbox:AdminPasswordHash</code>; get the hash with
        <code>dotnet run --project src/Bot -- hash-password</code>).</p>
        </main>
        </body></html>
        """;
}
