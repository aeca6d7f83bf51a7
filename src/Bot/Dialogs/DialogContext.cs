using System.Text.Json;
using WsisBot.Bot.Turns;

namespace WsisBot.Bot.Dialogs;

/// <summary>
/// The dialog stack of a conversation for one turn. The stack lives in the conversation state, so it is
/// saved with the turn (and its concurrency token): a dialog survives restarts and moves between instances.
/// </summary>
public sealed class DialogContext(TurnContext turn, IEnumerable<IDialog> dialogs)
{
    private readonly Dictionary<string, IDialog> _dialogs = dialogs.ToDictionary(d => d.Name);

    public TurnContext Turn { get; } = turn;

    public DialogFrame? Active => Turn.State.DialogStack.Count > 0 ? Turn.State.DialogStack[^1] : null;

    public async Task BeginAsync(string name, string? argument, CancellationToken cancellationToken)
    {
        var dialog = _dialogs[name];
        Turn.State = Turn.State with { DialogStack = [.. Turn.State.DialogStack, new DialogFrame(name, default)] };
        await dialog.BeginAsync(this, argument, cancellationToken);
    }

    /// <summary>Continues the dialog on top of the stack; false when there is none.</summary>
    public async Task<bool> ContinueAsync(CancellationToken cancellationToken)
    {
        if (Active is not { } frame)
        {
            return false;
        }

        if (!_dialogs.TryGetValue(frame.Dialog, out var dialog))
        {
            // A dialog this version no longer has (state saved by an older deployment): drop it.
            End();
            return false;
        }

        await dialog.ContinueAsync(this, cancellationToken);
        return true;
    }

    public T GetState<T>() where T : class =>
        Active is { State.ValueKind: JsonValueKind.Object } frame ? frame.State.Deserialize<T>(StateJson.Options)! : throw new InvalidOperationException("The active dialog has no state yet.");

    public void SetState<T>(T state)
    {
        var stack = Turn.State.DialogStack;
        Turn.State = Turn.State with { DialogStack = [.. stack.Take(stack.Count - 1), stack[^1] with { State = JsonSerializer.SerializeToElement(state, StateJson.Options) }] };
    }

    /// <summary>Pops the active dialog.</summary>
    public void End()
    {
        var stack = Turn.State.DialogStack;
        Turn.State = Turn.State with { DialogStack = [.. stack.Take(stack.Count - 1)] };
    }
}
