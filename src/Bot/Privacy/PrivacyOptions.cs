using System.ComponentModel.DataAnnotations;

namespace WsisBot.Bot.Privacy;

public sealed class PrivacyOptions
{
    public const string Section = "Privacy";

    /// <summary>Transcripts older than this are deleted. Submissions, tickets and feedback are kept (the secretariat deletes them on request); feedback keeps its copy of the answer.</summary>
    [Range(1, 3650)]
    public int TranscriptRetentionDays { get; set; } = 180;

    [Range(1, 1440)]
    public int PurgeIntervalMinutes { get; set; } = 60;
}
