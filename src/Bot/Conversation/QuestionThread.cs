using Microsoft.Extensions.Options;
using WsisBot.Bot.Turns;
using WsisBot.Knowledge;

namespace WsisBot.Bot.Conversation;

/// <summary>
/// The conversation's thread: the frame of the last question answered, kept in the conversation's state (so it survives a
/// restart and moves between instances) until a new topic replaces it, a form or a hand-over clears it, or it grows old.
/// </summary>
public sealed class QuestionThread(IOptions<ConversationOptions> options, TimeProvider clock)
{
    /// <summary>The frame a question of this turn may follow up on, or null.</summary>
    public QuestionFrame? Current(TurnContext turn) =>
        turn.State is { Frame: { } frame, FrameAt: { } at } && clock.GetUtcNow() - at <= options.Value.FrameLifetime ? frame : null;

    public void Keep(TurnContext turn, QuestionFrame frame) => turn.State = turn.State with { Frame = frame, FrameAt = clock.GetUtcNow() };

    public static void Clear(TurnContext turn) => turn.State = turn.State with { Frame = null, FrameAt = null };
}
