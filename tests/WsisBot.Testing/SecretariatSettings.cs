using System.Globalization;
using WsisBot.Bot.Escalation;

namespace WsisBot.Testing;

/// <summary>
/// The secretariat's side of a test bot: notices through a real SMTP server (maildev) and a local admin for
/// /inbox. Add the channel-specific keys (a Teams channel, a public URL) to what this returns.
/// </summary>
public static class SecretariatSettings
{
    public const string AdminUser = "secretariat";
    public const string AdminPassword = "correct horse battery staple";
    public const string NotifyAddress = "wsis-secretariat@itu.example";

    public static Dictionary<string, string?> With(MailDev mail) => new()
    {
        ["Clock:Now"] = "2026-03-03T09:00:00Z",
        ["Smtp:Host"] = "127.0.0.1",
        ["Smtp:Port"] = mail.SmtpPort.ToString(CultureInfo.InvariantCulture),
        ["Smtp:Security"] = "None",
        ["Smtp:From"] = "wsisbot@itu.example",
        ["Escalation:NotifyAddress"] = NotifyAddress,
        ["Escalation:NotifyPollSeconds"] = "1",
        ["Inbox:AdminUserName"] = AdminUser,
        ["Inbox:AdminPasswordHash"] = InboxPasswords.Hash(AdminPassword),
    };
}
