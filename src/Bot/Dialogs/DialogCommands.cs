using System.Text.RegularExpressions;

namespace WsisBot.Bot.Dialogs;

/// <summary>Words that steer a dialog at any step, in both languages (help, hand-over and the rest are <see cref="Conversation.MessageRouter"/>'s).</summary>
public static partial class DialogCommands
{
    public static bool IsCancel(string text) => Cancel().IsMatch(text);

    public static bool IsStartOver(string text) => StartOver().IsMatch(text);

    public static bool IsConfirm(string text) => Confirm().IsMatch(text);

    public static bool IsEdit(string text) => Edit().IsMatch(text);

    public static bool IsSkip(string text) => Skip().IsMatch(text);

    /// <summary>A question asked in the middle of a form: answered, then the form resumes.</summary>
    public static bool IsQuestion(string text) => text.TrimEnd().EndsWith('?');

    [GeneratedRegex(@"^\s*(cancel|annuler|annule|abandonner|quit|quitter|stop|arr[êe]ter)\s*[.!]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Cancel();

    [GeneratedRegex(@"^\s*(start over|restart|reset|recommencer|recommence|reprendre à zéro)\s*[.!]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex StartOver();

    [GeneratedRegex(@"^\s*(confirm|confirmer|je confirme|valider|envoyer|send|submit|oui|yes|ok)\s*[.!]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Confirm();

    [GeneratedRegex(@"^\s*(edit|modifier|modify|change|corriger)\s*[.!]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Edit();

    [GeneratedRegex(@"^\s*(skip|passer|next|suivant|-)\s*[.!]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Skip();
}
