using WsisBot.Knowledge.Facts;

namespace WsisBot.Knowledge.Composition;

/// <summary>
/// "I don't know", said plainly, with the reason when there is one, then what the letters do say about the subject when
/// they say something (with its source), and the offer to reach the secretariat.
/// </summary>
internal static class Abstention
{
    public static Answer Because(AnswerContext context, string? frenchReason = null, string? englishReason = null, string? whatTheySay = null, IReadOnlyList<Citation>? sources = null)
    {
        var contact = context.Snapshot.ContactOf();
        var reach = contact?.Email is { } email ? $" ({email})" : string.Empty;
        var reason = frenchReason is null || englishReason is null
            ? context.Pick("Les lettres du secrétariat ne donnent pas cette information.", "The secretariat's letters do not give this information.")
            : context.Pick(frenchReason, englishReason);
        var offer = context.Pick($"Voulez-vous que je transmette votre question au secrétariat du SMSI{reach} ?", $"Would you like me to pass your question on to the WSIS secretariat{reach}?");
        var text = whatTheySay is null
            ? context.Pick($"Je ne sais pas. {reason} {offer}", $"I don't know. {reason} {offer}")
            : context.Pick($"Je ne sais pas. {reason} Voici ce qu'elles en disent :", $"I don't know. {reason} This is what they do say:") + $"\n\n{whatTheySay}\n\n{offer}";
        return new Answer(AnswerKind.Abstain, context.Question.Intent, text, sources ?? [], context.Question.Confidence);
    }

    /// <summary>
    /// A question about a detail no letter gives (the hour of a ceremony, who speaks, a word limit): "I don't know" first,
    /// then what the letters do say about the subject, with its source.
    /// </summary>
    public static Answer Unstated(AnswerContext context, Answer known) =>
        Because(context, "Les lettres du secrétariat ne précisent pas ce point.", "The secretariat's letters do not give that detail.", known.Text, known.Citations);

    /// <summary>No fact for the question, but a paragraph of the letters about its subject: quoted after the "I don't know".</summary>
    public static Answer Quoting(AnswerContext context, string frenchReason, string englishReason, Passage passage, Citation letter) =>
        Because(context, frenchReason, englishReason, $"{AnswerText.Quote(passage.Original, context.Language)}\n\n{AnswerText.Sources([letter], context.Language)}", [letter]);

    public static Answer NoEdition(AnswerContext context) =>
        Because(
            context,
            $"Aucune lettre ne porte sur l'édition {context.Edition}.",
            $"No letter covers the {context.Edition} edition.");
}
