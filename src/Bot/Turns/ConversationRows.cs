using Microsoft.EntityFrameworkCore;
using WsisBot.Data;
using WsisBot.Data.Conversations;

namespace WsisBot.Bot.Turns;

/// <summary>
/// A conversation's state row and its stored reference, tracked, read in one query (compiled: it runs on every turn).
/// The two rows share their key; a conversation without state has no reference yet either.
/// </summary>
internal sealed record ConversationRows(ConversationState State, StoredConversationReference? Reference)
{
    private static readonly Func<WsisBotDbContext, string, string, CancellationToken, Task<ConversationRows?>> Query =
        EF.CompileAsyncQuery((WsisBotDbContext db, string channelId, string conversationId, CancellationToken _) =>
            (from state in db.ConversationStates
             where state.ChannelId == channelId && state.ConversationId == conversationId
             join reference in db.ConversationReferences
                 on new { state.ChannelId, state.ConversationId } equals new { reference.ChannelId, reference.ConversationId } into references
             from reference in references.DefaultIfEmpty()
             select new ConversationRows(state, reference))
            .FirstOrDefault());

    public static Task<ConversationRows?> LoadAsync(WsisBotDbContext db, string channelId, string conversationId, CancellationToken cancellationToken) =>
        Query(db, channelId, conversationId, cancellationToken);
}
