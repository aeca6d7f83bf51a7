using WsisBot.Bot.Protocol;

namespace WsisBot.Bot.Channels.Teams;

/// <summary>
/// Teams rules for messages: in channels and group chats the bot answers only when @mentioned, and the
/// mention ("&lt;at&gt;WsisBot&lt;/at&gt;") is taken out of the text; personal chats need no mention.
/// </summary>
public static class TeamsMessages
{
    public const string ChannelId = "msteams";

    /// <summary>The activity as the bot should read it, or null when it was not addressed to the bot.</summary>
    public static Activity? AddressedToBot(Activity activity)
    {
        if (!string.Equals(activity.ChannelId, ChannelId, StringComparison.OrdinalIgnoreCase) || !activity.IsType(ActivityTypes.Message))
        {
            return activity;
        }

        var botMentions = activity.Entities?
            .Where(e => string.Equals(e.Type, "mention", StringComparison.OrdinalIgnoreCase) && e.Mentioned?.Id == activity.Recipient?.Id)
            .ToList() ?? [];
        var isGroup = activity.Conversation?.ConversationType is "channel" or "groupChat" || activity.Conversation?.IsGroup == true;
        if (isGroup && botMentions.Count == 0 && activity.Value is null)
        {
            return null;
        }

        var text = activity.Text;
        foreach (var mention in botMentions.Where(m => !string.IsNullOrEmpty(m.Text)))
        {
            text = text?.Replace(mention.Text!, "", StringComparison.OrdinalIgnoreCase);
        }

        return text == activity.Text ? activity : activity with { Text = text?.Trim() };
    }
}
