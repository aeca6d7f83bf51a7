using WsisBot.Knowledge.Facts;

namespace WsisBot.Knowledge.Composition;

/// <summary>"I don't know", said plainly, with the reason when there is one, and the offer to reach the secretariat.</summary>
internal static class Abstention
{
    public static Answer Because(AnswerContext context, string? frenchReason = null, string? englishReason = null)
    {
        var contact = context.Snapshot.ContactOf();
        var reach = contact?.Email is { } email ? $" ({email})" : string.Empty;
        var reason = frenchReason is null || englishReason is null
            ? context.Pick("Les lettres du secrétariat ne donnent pas cette information.", "The secretariat's letters do not give this information.")
            : context.Pick(frenchReason, englishReason);
        var text = context.Pick(
            $"Je ne sais pas. {reason} Voulez-vous que je transmette votre question au secrétariat du SMSI{reach} ?",
            $"I don't know. {reason} Would you like me to pass your question on to the WSIS secretariat{reach}?");
        return new Answer(AnswerKind.Abstain, context.Question.Intent, text, [], context.Question.Confidence);
    }

    public static Answer NoEdition(AnswerContext context) =>
        Because(
            context,
            $"Aucune lettre ne porte sur l'édition {context.Edition}.",
            $"No letter covers the {context.Edition} edition.");
}
