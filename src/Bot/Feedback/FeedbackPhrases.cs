using WsisBot.Knowledge;

namespace WsisBot.Bot.Feedback;

/// <summary>What the bot says about feedback on its answers, in both languages.</summary>
public static class FeedbackPhrases
{
    /// <summary>
    /// After a thumbs-down: the offer of the secretariat, taken by the button or, outside a form (where "yes" may be the
    /// answer to a field), by "yes".
    /// </summary>
    public static string OfferAfterDislike(Language language, bool formOpen) => formOpen
        ? language.Pick(
            "Merci de me l'avoir signalé. Voulez-vous que je transmette votre question au secrétariat du Forum du SMSI ? " +
            "Utilisez le bouton ; le formulaire reste ouvert.",
            "Thank you for telling me. Shall I pass your question to the WSIS Forum secretariat? Use the button; the form stays open.")
        : language.Pick(
            "Merci de me l'avoir signalé. Voulez-vous que je transmette votre question au secrétariat du Forum du SMSI ? " +
            "Répondez « oui » ou utilisez le bouton ; vous pourrez ensuite préciser ce qui n'allait pas.",
            "Thank you for telling me. Shall I pass your question to the WSIS Forum secretariat? " +
            "Answer “yes” or use the button; you can then say what was wrong.");

    public static string Unreadable(Language language) => language.Pick(
        "Je n'ai pas pu lire cet avis : il ne désigne aucune de mes réponses. Rien n'a été enregistré.",
        "I could not read that feedback: it does not name one of my answers. Nothing was saved.");

    public static string NotInThisConversation(Language language) => language.Pick(
        "Je ne trouve pas cette réponse dans notre conversation : votre avis n'a pas été enregistré.",
        "I cannot find that answer in this conversation, so your feedback was not saved.");

    public static string NotYours(Language language) => language.Pick(
        "Seule la personne qui a posé la question peut donner son avis sur cette réponse : rien n'a été enregistré.",
        "Only the person who asked the question can rate this answer; nothing was saved.");

    public static string AlreadyGiven(Language language) => language.Pick(
        "Vous avez déjà donné votre avis sur cette réponse ; c'est le premier qui est conservé.",
        "You have already rated this answer; your first feedback is the one kept.");
}
