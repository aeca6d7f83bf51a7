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

    public static InboxSignInMode Mode(IConfiguration configuration, IHostEnvironment environment) =>
        !string.IsNullOrWhiteSpace(configuration["AzureAd:ClientId"]) ? InboxSignInMode.EntraId
        : Options(configuration) is var options && (options.HasLocalAdmin || options.DevelopmentSignInOn(environment)) ? InboxSignInMode.LocalAdmin
        : InboxSignInMode.None;

    /// <summary>Whether the development sign-in link is offered: on (see <see cref="InboxOptions.DevelopmentSignIn"/>) and no Entra ID.</summary>
    public static bool DevelopmentSignIn(IConfiguration configuration, IHostEnvironment environment) =>
        Mode(configuration, environment) == InboxSignInMode.LocalAdmin && Options(configuration).DevelopmentSignInOn(environment);

    public static void AddInbox(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<InboxOptions>().BindConfiguration(InboxOptions.Section)
            .Validate<IHostEnvironment>(
                (options, environment) => options.DevelopmentSignIn != true || !environment.IsProduction(),
                $"{InboxOptions.DevelopmentSignInKey}=true is refused in Production: the development sign-in link would let anyone who sees the log into the inbox. Remove the setting (sign in with Entra ID or Inbox:AdminUserName and Inbox:AdminPasswordHash).")
            .ValidateOnStart();
        services.AddSingleton<DevelopmentSignInCodes>();
        if (DevelopmentSignIn(builder.Configuration, builder.Environment))
        {
            services.AddHostedService<DevelopmentSignInLink>();
        }

        services.AddRazorPages(options =>
        {
            options.RootDirectory = "/Escalation/Inbox";
            options.Conventions.AuthorizeFolder("/", Policy);
            options.Conventions.AllowAnonymousToPage("/Login");
            options.Conventions.ConfigureFilter(new InboxHandlerRequired());
        });

        if (Mode(builder.Configuration, builder.Environment) == InboxSignInMode.EntraId)
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
        var mode = Mode(app.Configuration, app.Environment);
        if (mode == InboxSignInMode.None)
        {
            app.Map("/inbox/{**rest}", () => Results.Content(NotConfiguredPage, "text/html; charset=utf-8", statusCode: StatusCodes.Status503ServiceUnavailable));
            app.Logger.LogWarning("The inbox is closed: set AzureAd:* (Entra ID) or Inbox:AdminUserName and Inbox:AdminPasswordHash.");
            return;
        }

        if (mode == InboxSignInMode.EntraId && Options(app.Configuration).DevelopmentSignInOn(app.Environment))
        {
            app.Logger.LogInformation("No development sign-in link for the inbox: Entra ID signs staff in.");
        }

        app.MapRazorPages();
    }

    private static InboxOptions Options(IConfiguration configuration) =>
        configuration.GetSection(InboxOptions.Section).Get<InboxOptions>() ?? new InboxOptions();

    private const string NotConfiguredPage = """
        <!doctype html><html lang="fr"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Boîte de réception fermée · Inbox closed</title>
        <body style="font-family:system-ui,sans-serif;max-width:44rem;margin:3rem auto;padding:0 1rem;line-height:1.5">
        <main>
        <h1>Boîte de réception fermée</h1>
        <p>Aucune connexion n'est configurée, donc personne ne peut entrer. Configurez Entra ID (<code>AzureAd:Instance</code>,
        <code>AzureAd:TenantId</code>, <code>AzureAd:ClientId</code>) ou un compte administrateur local
        (<code>Inbox:AdminUserName</code> et <code>Inbox:AdminPasswordHash</code> ; le hachage s'obtient avec
        <code>dotnet run --project src/Bot -- hash-password</code>). En développement (<code>ASPNETCORE_ENVIRONMENT=Development</code>),
        le bot affiche au démarrage un lien de connexion à usage unique.</p>
        <h1 lang="en">Inbox closed</h1>
        <p lang="en">No sign-in is configured, so nobody can enter. Configure Entra ID (<code>AzureAd:Instance</code>,
        <code>AzureAd:TenantId</code>, <code>AzureAd:ClientId</code>) or a local admin account
        (<code>Inbox:AdminUserName</code> and <code>Inbox:AdminPasswordHash</code>; get the hash with
        <code>dotnet run --project src/Bot -- hash-password</code>). In Development (<code>ASPNETCORE_ENVIRONMENT=Development</code>),
        the bot prints a one-time sign-in link at start-up.</p>
        </main>
        </body></html>
        """;
}
