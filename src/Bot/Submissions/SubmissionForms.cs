using WsisBot.Knowledge;

namespace WsisBot.Bot.Submissions;

/// <summary>
/// The six submissions of the letters. Fields are what the secretariat needs to act on one; what the letters
/// decide (deadlines, tiers, sessions) is read from the facts when the form is shown, never written here.
/// </summary>
public static class SubmissionForms
{
    private static readonly FormField Organisation = new("organisation", FieldKind.Text, "Organisation", "Organisation");
    private static readonly FormField ContactName = new("contactName", FieldKind.Text, "Nom de la personne de contact", "Contact person's name");
    private static readonly FormField Email = new("email", FieldKind.Email, "Courriel", "E-mail");
    private static readonly FormField Phone = new("phone", FieldKind.Phone, "Téléphone", "Phone", Required: false);
    private static readonly FormField Country = new("country", FieldKind.Country, "Pays", "Country");
    private static readonly FormField Website = new("website", FieldKind.Url, "Site web", "Website", Required: false) { MaxLength = 300 };

    private static readonly FormField StakeholderType = new("stakeholderType", FieldKind.Choice, "Type de partie prenante", "Stakeholder type")
    {
        Choices = _ =>
        [
            new("government", "Gouvernement", "Government"),
            new("private-sector", "Secteur privé", "Private sector"),
            new("civil-society", "Société civile", "Civil society"),
            new("academia", "Établissement universitaire / milieux techniques", "Academia / technical community"),
            new("international-organisation", "Organisation internationale", "International organisation"),
        ],
    };

    /// <summary>The eleven WSIS Action Lines, by their codes.</summary>
    private static IReadOnlyList<FieldChoice> ActionLines(FormFacts _) =>
        [.. Enumerable.Range(1, 11).Select(i => new FieldChoice($"C{i}", $"Grande orientation C{i}", $"Action Line C{i}"))];

    private static IReadOnlyList<FieldChoice> Sdgs(FormFacts _) =>
        [.. Enumerable.Range(1, 17).Select(i => new FieldChoice($"SDG{i}", $"ODD {i}", $"SDG {i}"))];

    public static SubmissionForm OpenConsultation { get; } = new(
        Programme.OpenConsultation, "OCP", "Contribution au processus de consultation ouverte", "Open consultation process contribution",
        [
            Organisation, StakeholderType, ContactName, Email, Country,
            new("title", FieldKind.Text, "Titre de la contribution", "Title of the contribution"),
            new("contribution", FieldKind.MultilineText, "Vos idées, propositions et priorités", "Your ideas, proposals and priorities"),
        ]);

    public static SubmissionForm Stocktaking { get; } = new(
        Programme.Stocktaking, "STK", "Inscription à l'inventaire des activités du SMSI", "WSIS Stocktaking entry",
        [
            new("entryType", FieldKind.Choice, "Type d'activité", "Type of activity")
            {
                Choices = _ => [new("project", "Projet", "Project"), new("initiative", "Initiative", "Initiative"), new("event", "Manifestation", "Event")],
            },
            new("title", FieldKind.Text, "Titre", "Title"),
            Organisation, ContactName, Email, Country,
            new("actionLines", FieldKind.MultiChoice, "Grandes orientations du SMSI", "WSIS Action Lines") { Choices = ActionLines },
            new("sdgs", FieldKind.MultiChoice, "Objectifs de développement durable", "Sustainable Development Goals", Required: false) { Choices = Sdgs },
            new("description", FieldKind.MultilineText, "Description", "Description"),
            Website,
        ]);

    public static SubmissionForm Prizes { get; } = new(
        Programme.Prizes, "PRZ", "Soumission ou proposition pour les Prix du SMSI", "WSIS Prizes submission or nomination",
        [
            new("mode", FieldKind.Choice, "Soumission ou proposition", "Submission or nomination")
            {
                Choices = _ => [new("submission", "Je soumets mon projet", "I submit my project"), new("nomination", "Je propose le projet d'un tiers", "I nominate someone else's project")],
            },
            new("projectTitle", FieldKind.Text, "Titre du projet", "Project title"),
            new("category", FieldKind.Choice, "Catégorie (grande orientation)", "Category (Action Line)") { Choices = ActionLines },
            Organisation, ContactName, Email, Country,
            new("description", FieldKind.MultilineText, "Description et effets mesurables", "Description and measurable impact"),
            Website,
        ]);

    public static SubmissionForm SpeakingSlot { get; } = new(
        Programme.SpeakingSlot, "SPK", "Demande de temps de parole (haut niveau)", "High-level speaking slot request",
        [
            new("speakerName", FieldKind.Text, "Nom du ministre ou du chef de délégation", "Name of the minister or head of delegation"),
            new("speakerTitle", FieldKind.Text, "Fonction", "Position"),
            Country,
            new("session", FieldKind.Choice, "Session souhaitée", "Preferred session") { Choices = facts => facts.HighLevelSessions },
            ContactName, Email, Phone,
        ]);

    public static SubmissionForm Partnership { get; } = new(
        Programme.Partnership, "PTN", "Intérêt pour un partenariat du Forum", "Forum partnership interest",
        [
            new("tier", FieldKind.Choice, "Catégorie de partenariat", "Partnership tier") { Choices = facts => facts.Tiers },
            Organisation, ContactName, Email, Phone, Country,
            new("message", FieldKind.MultilineText, "Message", "Message", Required: false) { MaxLength = 2000 },
        ]);

    public static SubmissionForm TrustFund { get; } = new(
        Programme.TrustFund, "TFP", "Annonce de contribution au Fonds d'affectation spéciale", "Trust Fund pledge",
        [
            Organisation, ContactName, Email, Country,
            new("amount", FieldKind.Amount, "Montant", "Amount") { Min = 1, Max = 100_000_000 },
            new("currency", FieldKind.Choice, "Monnaie", "Currency")
            {
                Choices = _ => [new("CHF", "CHF", "CHF"), new("USD", "USD", "USD"), new("EUR", "EUR", "EUR")],
            },
            new("message", FieldKind.MultilineText, "Message", "Message", Required: false) { MaxLength = 2000 },
        ]);

    public static IReadOnlyList<SubmissionForm> All { get; } = [OpenConsultation, Stocktaking, Prizes, SpeakingSlot, Partnership, TrustFund];

    public static SubmissionForm For(Programme programme) => All.First(f => f.Programme == programme);

    public static SubmissionForm? ForCode(string? code) => All.FirstOrDefault(f => f.Code == code);
}
