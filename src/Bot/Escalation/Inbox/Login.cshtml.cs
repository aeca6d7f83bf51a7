using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace WsisBot.Bot.Escalation.Inbox;

/// <summary>The local admin sign-in (Entra ID sign-in goes through Microsoft.Identity.Web's own challenge instead).</summary>
[EnableRateLimiting(InboxRegistration.LoginRateLimit)]
public sealed class LoginModel(IOptions<InboxOptions> options, IConfiguration configuration) : PageModel
{
    public bool Failed { get; private set; }

    public string ReturnUrl { get; private set; } = "/inbox";

    public IActionResult OnGet(string? returnUrl)
    {
        ReturnUrl = SafeReturn(returnUrl);
        return InboxRegistration.Mode(configuration) == InboxSignInMode.EntraId
            ? Challenge(new AuthenticationProperties { RedirectUri = ReturnUrl })
            : Page();
    }

    public async Task<IActionResult> OnPostAsync(string? userName, string? password, string? returnUrl)
    {
        ReturnUrl = SafeReturn(returnUrl);
        if (userName is null || password is null || !InboxPasswords.Verify(options.Value, userName, password))
        {
            Failed = true;
            return Page();
        }

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, options.Value.AdminUserName!)], CookieAuthenticationDefaults.AuthenticationScheme);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        return LocalRedirect(ReturnUrl);
    }

    public async Task<IActionResult> OnPostLogoutAsync()
    {
        await HttpContext.SignOutAsync();
        return LocalRedirect("/inbox/login");
    }

    /// <summary>Only paths inside the inbox: never an open redirect.</summary>
    private static string SafeReturn(string? returnUrl) =>
        returnUrl is not null && returnUrl.StartsWith("/inbox", StringComparison.Ordinal) && !returnUrl.StartsWith("//", StringComparison.Ordinal) ? returnUrl : "/inbox";
}
