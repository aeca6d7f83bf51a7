using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;

namespace WsisBot.Bot.Escalation;

/// <summary>
/// How staff sign in to /inbox: Entra ID when <c>AzureAd:ClientId</c> is set, else the local admin account
/// (<c>Inbox:AdminUserName</c> + <c>Inbox:AdminPasswordHash</c>) and, outside Production, the development sign-in
/// link, else nobody — the inbox is never open by default.
/// </summary>
public sealed class InboxOptions
{
    public const string Section = "Inbox";
    public const string DevelopmentSignInKey = "Inbox:DevelopmentSignIn";

    public string? AdminUserName { get; set; }

    /// <summary>An ASP.NET Core Identity password hash: <c>dotnet run --project src/Bot -- hash-password</c> prints one.</summary>
    public string? AdminPasswordHash { get; set; }

    /// <summary>
    /// A one-time sign-in link for a development admin, printed at start-up (<see cref="DevelopmentSignInLink"/>).
    /// Unset: on in Development only. Never in Production, where <c>true</c> stops the app at start.
    /// </summary>
    public bool? DevelopmentSignIn { get; set; }

    public bool HasLocalAdmin => !string.IsNullOrWhiteSpace(AdminUserName) && !string.IsNullOrWhiteSpace(AdminPasswordHash);

    public bool DevelopmentSignInOn(IHostEnvironment environment) =>
        !environment.IsProduction() && (DevelopmentSignIn ?? environment.IsDevelopment());
}

public enum InboxSignInMode
{
    None,

    /// <summary>A cookie for a local admin: by password, or by the development sign-in link.</summary>
    LocalAdmin,
    EntraId,
}

public static class InboxPasswords
{
    private static readonly PasswordHasher<string> Hasher = new();

    public static string Hash(string password) => Hasher.HashPassword("inbox", password);

    public static bool Verify(InboxOptions options, string userName, string password)
    {
        if (!options.HasLocalAdmin)
        {
            return false;
        }

        var nameMatches = CryptographicOperations.FixedTimeEquals(
            Encoding.UTF8.GetBytes(userName.Trim().ToUpperInvariant()),
            Encoding.UTF8.GetBytes(options.AdminUserName!.Trim().ToUpperInvariant()));
        var passwordMatches = Hasher.VerifyHashedPassword("inbox", options.AdminPasswordHash!, password) != PasswordVerificationResult.Failed;
        return nameMatches & passwordMatches;
    }

    /// <summary><c>hash-password</c>: reads a password on standard input and prints its hash for Inbox:AdminPasswordHash.</summary>
    public static bool TryRunCommand(string[] args)
    {
        if (args is not ["hash-password", ..])
        {
            return false;
        }

        Console.Error.Write("Password: ");
        var password = Console.ReadLine();
        if (string.IsNullOrEmpty(password))
        {
            Console.Error.WriteLine("No password given.");
            Environment.ExitCode = 1;
            return true;
        }

        Console.WriteLine(Hash(password));
        return true;
    }
}
