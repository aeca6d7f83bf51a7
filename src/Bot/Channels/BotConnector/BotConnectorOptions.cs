using System.ComponentModel.DataAnnotations;

namespace WsisBot.Bot.Channels.BotConnector;

public sealed class BotConnectorOptions
{
    public const string Section = "BotConnector";

    /// <summary>Largest activity accepted on /api/messages; Teams caps messages at about 100 KB, cards included.</summary>
    [Range(1024, 4 * 1024 * 1024)]
    public int MaxActivityBytes { get; set; } = 256 * 1024;
}
