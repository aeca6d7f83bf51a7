using System.ComponentModel.DataAnnotations;

namespace WsisBot.Bot.Escalation;

/// <summary>Where the secretariat is told about a new ticket.</summary>
public sealed class EscalationOptions
{
    public const string Section = "Escalation";

    /// <summary>The secretariat's inbox address; empty = no e-mail (tickets still wait in /inbox).</summary>
    [EmailAddress]
    public string? NotifyAddress { get; set; }

    /// <summary>The bot's public address, for links in notifications (e.g. https://wsisbot.example.org).</summary>
    [Url]
    public string? PublicBaseUrl { get; set; }

    /// <summary>Optional Teams channel (19:…@thread.tacv2) that gets a card for each new ticket.</summary>
    public string? TeamsChannelId { get; set; }

    /// <summary>The Bot Connector serviceUrl of that Teams tenant (e.g. https://smba.trafficmanager.net/emea/).</summary>
    [Url]
    public string? TeamsServiceUrl { get; set; }

    [Range(1, 3600)]
    public int NotifyPollSeconds { get; set; } = 5;

    [Range(1, 50)]
    public int MaxNotifyAttempts { get; set; } = 12;

    /// <summary>First retry delay after a failed notice; each further failure doubles it (capped at an hour).</summary>
    [Range(0.1, 3600)]
    public double NotifyRetrySeconds { get; set; } = 10;
}

/// <summary>The SMTP server notifications go through (MailKit).</summary>
public sealed class SmtpOptions
{
    public const string Section = "Smtp";

    public string? Host { get; set; }

    [Range(1, 65535)]
    public int Port { get; set; } = 587;

    public string? UserName { get; set; }
    public string? Password { get; set; }

    [EmailAddress]
    public string From { get; set; } = "wsisbot@localhost";

    /// <summary>STARTTLS when the server offers it (Auto), always (StartTls), or never (None, for a local relay).</summary>
    public string Security { get; set; } = "Auto";

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);
}
