using WsisBot.Bot.Protocol;
using WsisBot.Knowledge;

namespace WsisBot.Bot.Conversation;

/// <summary>Everything the bot itself says (knowledge answers are composed in WsisBot.Knowledge), in both languages.</summary>
public static class Phrases
{
    public static string Welcome =>
        "**Bonjour !** Je suis WsisBot, l'assistant du secrétariat du Forum du SMSI (UIT, Genève). " +
        "Posez-moi vos questions sur les dates limites, les partenariats ou le lieu du Forum, ou faites ici vos soumissions.\n\n" +
        "**Hello!** I am WsisBot, the WSIS Forum secretariat's assistant (ITU, Geneva). " +
        "Ask me about deadlines, partnerships or the Forum's venue, or make your submissions here.\n\n" +
        "_Écrivez « aide » ou “help” à tout moment. Write “English please” or « en français » to switch language._";

    public static string Help(Language language) => language.Pick(
        "Voici ce que je sais faire :\n\n" +
        "- répondre sur les **dates limites** (consultation ouverte, inventaire, prix, temps de parole) ;\n" +
        "- présenter les **offres de partenariat** et le Fonds d'affectation spéciale ;\n" +
        "- donner les **dates et le lieu** du Forum et des manifestations associées ;\n" +
        "- prendre ici vos **soumissions** : contribution à la consultation ouverte, activité pour l'inventaire, candidature aux prix, " +
        "demande de temps de parole, intérêt pour un partenariat, annonce de contribution au Fonds (dites par exemple " +
        "« nous voulons devenir partenaire Argent ») ; « mes soumissions » les retrouve ;\n" +
        "- vous mettre en relation avec le **secrétariat**.\n\n" +
        "Toutes mes réponses viennent des lettres du secrétariat, que je cite. Écrivez « English please » pour passer à l'anglais.",
        "Here is what I can do:\n\n" +
        "- answer about **deadlines** (open consultation, stocktaking, prizes, speaking slots);\n" +
        "- present the **partnership offers** and the Trust Fund;\n" +
        "- give the **dates and venue** of the Forum and related events;\n" +
        "- take your **submissions** here: an open consultation contribution, a stocktaking entry, a prize submission or nomination, " +
        "a speaking-slot request, partnership interest, a Trust Fund pledge (say for instance “we'd like to become a Silver partner”); " +
        "“my submissions” finds them again;\n" +
        "- put you in touch with the **secretariat**.\n\n" +
        "Every answer comes from the secretariat's letters, which I cite. Write « en français » to switch to French.");

    public static string Greeting(Language language) => language.Pick(
        "Bonjour ! Que puis-je faire pour vous ? Écrivez « aide » pour voir ce que je sais faire.",
        "Hello! How can I help? Write “help” to see what I can do.");

    public static string Thanks(Language language) => language.Pick(
        "Avec plaisir ! Autre chose ?",
        "You're welcome! Anything else?");

    public static string OfferDeclined(Language language) => language.Pick(
        "D'accord. Que puis-je faire d'autre pour vous ?",
        "All right. What else can I do for you?");

    public static string LanguageSwitched(Language language) => language.Pick(
        "D'accord, je continue en français.",
        "All right, I will continue in English.");

    /// <summary>Buttons for the questions most asked.</summary>
    public static IReadOnlyList<CardAction> CommonQuestions(Language language) => language == Language.French
        ? [CardAction.ImBack("Dates limites", "Quelles sont les dates limites ?"), CardAction.ImBack("Partenariats", "Quelles sont les offres de partenariat ?"), CardAction.ImBack("Lieu et dates", "Où et quand a lieu le Forum ?"), CardAction.ImBack("Aide", "aide")]
        : [CardAction.ImBack("Deadlines", "What are the deadlines?"), CardAction.ImBack("Partnerships", "What partnership tiers are there?"), CardAction.ImBack("Venue and dates", "Where and when is the Forum?"), CardAction.ImBack("Help", "help")];
}
