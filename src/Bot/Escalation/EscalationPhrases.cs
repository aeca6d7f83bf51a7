using WsisBot.Knowledge;

namespace WsisBot.Bot.Escalation;

/// <summary>What the bot says around a hand-over to the secretariat, in both languages.</summary>
public static class EscalationPhrases
{
    /// <summary>The button offered with an "I don't know": its text is a hand-over request the knowledge layer reads as one.</summary>
    public static string OfferButton(Language language) => language.Pick("Parler à quelqu'un", "Talk to someone");

    public static string Opened(long ticketId, Language language) => language.Pick(
        $"J'ai transmis votre demande au secrétariat du Forum du SMSI (demande n° {ticketId}). " +
        "Une personne vous répondra ici même, dans cette conversation. En attendant, vous pouvez continuer à me poser des questions.",
        $"I have passed your request to the WSIS Forum secretariat (request no. {ticketId}). " +
        "A person will answer you here, in this conversation. Meanwhile, you can keep asking me questions.");

    public static string AlreadyOpen(long ticketId, Language language) => language.Pick(
        $"Le secrétariat a déjà votre demande n° {ticketId} ; j'y ajoute vos messages. Une personne vous répondra ici.",
        $"The secretariat already has your request no. {ticketId}; your messages are added to it. A person will answer you here.");

    public static string FormHandedOver(long ticketId, Language language) => language.Pick(
        $"Ce champ semble poser problème : j'ai prévenu le secrétariat (demande n° {ticketId}), qui pourra vous aider ici. Le formulaire reste ouvert.",
        $"This field seems to be a problem: I have told the secretariat (request no. {ticketId}), who can help you here. The form stays open.");
}
