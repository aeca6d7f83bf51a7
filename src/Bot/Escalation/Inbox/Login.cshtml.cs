using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace WsisBot.Bot.Escalation.Inbox;

/// <summary>
/// The local admin sign-in, by password or by the development sign-in link (<c>?code=</c>); Entra ID sign-in goes
/// through Microsoft.Identity.Web's own challenge instead.
/// </summary>
[EnableRateLimiting(InboxRegistration.LoginRateLimit)]
public sealed class LoginModel(
    IOptions<InboxOptions> options, IConfiguration configuration, IHostEnvironment environment, DevelopmentSignInCodes codes) : PageModel
{
    public bool Failed { get; private set; }

    /// <summary>A development sign-in link that was already used, has expired, or was never issued.</summary>
    public bool LinkRefused { get; private set; }

    public bool PasswordSignIn => options.Value.HasLocalAdmin;

    public bool DevelopmentSignIn => InboxRegistration.DevelopmentSignIn(configuration, environment);

    public string ReturnUrl { get; private set; } = "/inbox";

    public async Task<IActionResult> OnGetAsync(string? returnUrl, [FromQuery] string? code, CancellationToken cancellationToken)
    {
        ReturnUrl = SafeReturn(returnUrl);
        if (InboxRegistration.Mode(configuration, environment) == InboxSignInMode.EntraId)
        {
            return Challenge(new AuthenticationProperties { RedirectUri = ReturnUrl });
        }

        if (code is null)
        {
            return Page();
        }

        if (DevelopmentSignIn && await codes.RedeemAsync(code, cancellationToken))
        {
            await SignInAsync(DevelopmentSignInCodes.AdminName);
            return LocalRedirect(ReturnUrl);
        }

        LinkRefused = true;
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? userName, string? password, string? returnUrl)
    {
        ReturnUrl = SafeReturn(returnUrl);
        if (userName is null || password is null || !InboxPasswords.Verify(options.Value, userName, password))
        {
            Failed = true;
            return Page();
        }

        await SignInAsync(options.Value.AdminUserName!);
        return LocalRedirect(ReturnUrl);
    }

    public async Task<IActionResult> OnPostLogoutAsync()
    {
        await HttpContext.SignOutAsync();
        return LocalRedirect("/inbox/login");
    }

    private Task SignInAsync(string name) => HttpContext.SignInAsync(
        CookieAuthenticationDefaults.AuthenticationScheme,
        new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, name)], CookieAuthenticationDefaults.AuthenticationScheme)));

    /// <summary>Only paths inside the inbox: never an open redirect.</summary>
    private static string SafeReturn(string? returnUrl) =>
        returnUrl is not null && returnUrl.StartsWith("/inbox", StringComparison.Ordinal) && !returnUrl.StartsWith("//", StringComparison.Ordinal) ? returnUrl : "/inbox";
}
