using System.Text.RegularExpressions;
using WsisBot.Knowledge;

namespace WsisBot.Bot.Escalation;

/// <summary>What the bot says around a hand-over to the secretariat, in both languages.</summary>
public static partial class EscalationPhrases
{
    public static string OfferButton(Language language) => language.Pick("Parler à quelqu'un", "Talk to someone");

    /// <summary>The offer's own button text, in either language, always means "hand me over".</summary>
    public static bool IsOfferAccepted(string text) =>
        string.Equals(text, OfferButton(Language.French), StringComparison.OrdinalIgnoreCase)
        || string.Equals(text, OfferButton(Language.English), StringComparison.OrdinalIgnoreCase)
        || PersonRequest().IsMatch(text);

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

    [GeneratedRegex(@"\b(parler|discuter)\s+(à|a|avec)\s+(quelqu'un|quelqu’un|une personne|un humain|un agent|un conseiller)\b|\b(talk|speak|chat)\s+(to|with)\s+(someone|a person|a human|an agent|somebody)\b|^\s*(human|agent|humain|operator|opérateur)(\s+please|\s+svp)?\s*[.!]?\s*$|\bhuman please\b", RegexOptions.IgnoreCase)]
    private static partial Regex PersonRequest();
}
