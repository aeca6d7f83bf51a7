namespace WsisBot.Bot.Dialogs;

/// <summary>
/// A request or a question said inside a dialog instead of its answer ("help", "my submissions", a question for the
/// letters): done as it would be with no dialog, so the dialog can show itself again where it was.
/// </summary>
public interface IInterruptions
{
    /// <summary>
    /// Does what <paramref name="text"/> asks when it is a request on its own or a question (or any request, with
    /// <paramref name="anyRequest"/>); null when the text is the dialog's answer.
    /// </summary>
    Task<Interruption?> TryAsync(DialogContext dialogs, string text, bool anyRequest, CancellationToken cancellationToken);
}

/// <summary>What an interruption did; <see cref="WasHelp"/>: the dialog adds its own help.</summary>
public sealed record Interruption(bool WasHelp);
