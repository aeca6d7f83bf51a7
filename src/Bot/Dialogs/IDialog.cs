namespace WsisBot.Bot.Dialogs;

/// <summary>A multi-turn conversation: begun once, then continued by every turn while it is on top of the stack.</summary>
public interface IDialog
{
    string Name { get; }

    Task BeginAsync(DialogContext dialogs, string? argument, CancellationToken cancellationToken);

    Task ContinueAsync(DialogContext dialogs, CancellationToken cancellationToken);
}
