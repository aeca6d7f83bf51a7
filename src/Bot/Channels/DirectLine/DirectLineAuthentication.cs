using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace WsisBot.Bot.Channels.DirectLine;

/// <summary>
/// Direct Line's credentials as an ASP.NET Core authentication scheme: <c>Authorization: Bearer</c> (or a WebSocket's
/// <c>?t=</c>) holding the secret or a token. No credential is no result (the policies decide); a wrong or expired
/// one is a failure, answered 403 as Azure's Direct Line does; no credential where one is needed, 401.
/// </summary>
public sealed class DirectLineAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> schemeOptions, ILoggerFactory logger, UrlEncoder encoder, DirectLineTokens tokens, IOptions<DirectLineOptions> options)
    : AuthenticationHandler<AuthenticationSchemeOptions>(schemeOptions, logger, encoder)
{
    public const string SchemeName = "DirectLine";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var presented = Presented(Request);
        if (string.IsNullOrEmpty(presented))
        {
            return AuthenticateResult.NoResult();
        }

        if (IsSecret(presented))
        {
            return Success(DirectLineGrant.Secret);
        }

        var claims = await tokens.ValidateAsync(presented, Context.RequestAborted);
        return claims is null ? AuthenticateResult.Fail("The token is not valid or has expired.") : Success(new DirectLineGrant(claims, IsSecret: false));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var failure = (await HandleAuthenticateOnceSafeAsync()).Failure;
        await DirectLineApi.Problem(
                failure is null ? StatusCodes.Status401Unauthorized : StatusCodes.Status403Forbidden,
                failure?.Message ?? "Send the Direct Line secret or a token as 'Authorization: Bearer …'.")
            .ExecuteAsync(Context);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        DirectLineApi.Problem(StatusCodes.Status403Forbidden, "This token is for another conversation.").ExecuteAsync(Context);

    /// <summary>The bearer, or on the WebSocket stream the URL's <c>t</c> (a browser cannot set headers on a socket).</summary>
    internal static string? Presented(HttpRequest request) =>
        Bearer(request) ?? (request.Path.Value?.EndsWith("/stream", StringComparison.Ordinal) == true ? request.Query["t"].ToString() : null);

    internal static string? Bearer(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header[7..].Trim() : null;
    }

    private bool IsSecret(string presented) =>
        options.Value.HasSecret
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(options.Value.Secret!));

    private static AuthenticateResult Success(DirectLineGrant grant) =>
        AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(grant.ToIdentity(SchemeName)), SchemeName));
}

/// <summary>Who may call which Direct Line route, as authorization policies on the route group.</summary>
public static class DirectLinePolicies
{
    /// <summary>Starting a conversation or generating a token: anyone when no secret is configured, else the secret or a token.</summary>
    public const string Start = "directline-start";

    /// <summary>A conversation's routes: the secret, or that conversation's token (another conversation's is a 403).</summary>
    public const string Conversation = "directline-conversation";

    /// <summary>Refreshing a token: any valid credential (the endpoint refuses the secret itself).</summary>
    public const string Credential = "directline-credential";

    public static void AddDirectLineAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, DirectLineAuthentication>(DirectLineAuthentication.SchemeName, null);
        services.AddSingleton<IAuthorizationHandler, StartHandler>();
        services.AddAuthorizationBuilder()
            .AddPolicy(Start, policy => policy.AddAuthenticationSchemes(DirectLineAuthentication.SchemeName).AddRequirements(new StartRequirement()))
            .AddPolicy(Conversation, policy => policy.AddAuthenticationSchemes(DirectLineAuthentication.SchemeName).RequireAuthenticatedUser().AddRequirements(new ConversationRequirement()))
            .AddPolicy(Credential, policy => policy.AddAuthenticationSchemes(DirectLineAuthentication.SchemeName).RequireAuthenticatedUser());
    }

    private sealed class StartRequirement : IAuthorizationRequirement;

    private sealed class StartHandler(IOptions<DirectLineOptions> options) : AuthorizationHandler<StartRequirement>
    {
        protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, StartRequirement requirement)
        {
            var presented = context.Resource is HttpContext http && DirectLineAuthentication.Presented(http.Request) is { Length: > 0 };
            if (context.User.Identity?.AuthenticationType == DirectLineAuthentication.SchemeName || (!presented && !options.Value.HasSecret))
            {
                context.Succeed(requirement);
            }

            return Task.CompletedTask;
        }
    }

    private sealed class ConversationRequirement : AuthorizationHandler<ConversationRequirement>, IAuthorizationRequirement
    {
        protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ConversationRequirement requirement)
        {
            if (context.Resource is HttpContext http
                && http.Request.RouteValues["conversationId"] is string conversationId
                && DirectLineGrant.Of(context.User)?.Allows(conversationId) == true)
            {
                context.Succeed(requirement);
            }

            return Task.CompletedTask;
        }
    }
}
