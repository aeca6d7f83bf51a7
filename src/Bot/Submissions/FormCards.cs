using WsisBot.Bot.Protocol;
using WsisBot.Bot.Cards;
using WsisBot.Knowledge;

namespace WsisBot.Bot.Submissions;

/// <summary>The cards of a submission: the form (with errors and kept values), the summary, the confirmation.</summary>
public static class FormCards
{
    public const string ActionKey = "wsisAction";
    public const string NonceKey = "wsisNonce";

    public static AdaptiveCard Form(SubmissionForm form, FormState state, FormFacts facts, Language language)
    {
        var body = new List<CardElement>
        {
            new TextBlock(form.Title(language)) { Size = "Large", Weight = "Bolder" },
            new TextBlock(language.Pick("Les champs marqués * sont obligatoires.", "Fields marked * are required.")) { IsSubtle = true, Spacing = "None" },
        };
        foreach (var field in form.Fields)
        {
            var value = state.Values.GetValueOrDefault(field.Id);
            var shown = field.Kind == FieldKind.Country && !string.IsNullOrEmpty(value) ? Display(field, value, facts, language) : value;
            body.Add(Input(field, shown, facts, language));
            if (state.Errors.TryGetValue(field.Id, out var error))
            {
                body.Add(new TextBlock(error) { Color = "Attention", Spacing = "None", Size = "Small" });
            }
        }

        return new AdaptiveCard
        {
            FallbackText = form.Title(language),
            Body = body,
            Actions =
            [
                new SubmitAction { Title = language.Pick("Continuer", "Continue"), Style = "positive", Data = Data("submit", state.Nonce) },
                new SubmitAction { Title = language.Pick("Annuler", "Cancel"), Data = Data("cancel", state.Nonce), AssociatedInputs = "none" },
            ],
        };
    }

    public static AdaptiveCard Summary(SubmissionForm form, FormState state, FormFacts facts, Language language) => new()
    {
        FallbackText = form.Title(language),
        Body =
        [
            new TextBlock(language.Pick("Vérifiez votre demande", "Check your submission")) { Size = "Large", Weight = "Bolder" },
            new TextBlock(form.Title(language)) { IsSubtle = true, Spacing = "None" },
            new FactSet(Facts(form, state, facts, language)),
        ],
        Actions =
        [
            new SubmitAction { Title = language.Pick("Confirmer", "Confirm"), Style = "positive", Data = Data("confirm", state.Nonce) },
            new SubmitAction { Title = language.Pick("Modifier", "Edit"), Data = Data("edit", state.Nonce) },
            new SubmitAction { Title = language.Pick("Annuler", "Cancel"), Data = Data("cancel", state.Nonce) },
        ],
    };

    public static AdaptiveCard Confirmation(SubmissionForm form, string reference, Language language) => new()
    {
        FallbackText = reference,
        Body =
        [
            new TextBlock(language.Pick("Demande enregistrée", "Submission saved")) { Size = "Large", Weight = "Bolder", Color = "Good" },
            new FactSet(
            [
                new Fact(language.Pick("Référence", "Reference"), reference),
                new Fact(language.Pick("Objet", "Subject"), form.Title(language)),
            ]),
            new TextBlock(language.Pick(
                "Conservez cette référence. Écrivez « mes soumissions » pour revoir ou retirer vos demandes.",
                "Keep this reference. Write “my submissions” to review or withdraw your submissions.")),
        ],
    };

    /// <summary>Field label and the value as the user will recognise it (choice titles, country names).</summary>
    public static IReadOnlyList<Fact> Facts(SubmissionForm form, FormState state, FormFacts facts, Language language) =>
        [.. form.Fields
            .Where(f => !string.IsNullOrEmpty(state.Values.GetValueOrDefault(f.Id)))
            .Select(f => new Fact(f.Label(language), Markdown.Escape(Display(f, state.Values[f.Id], facts, language))))];

    public static string Display(FormField field, string value, FormFacts facts, Language language)
    {
        var choices = field.Choices?.Invoke(facts) ?? [];
        return field.Kind switch
        {
            FieldKind.Country => Countries.ByCode(value) is { } c ? language.Pick(c.French, c.English) : value,
            FieldKind.Choice or FieldKind.MultiChoice => string.Join(", ", value.Split(',').Select(v => choices.FirstOrDefault(c => c.Value == v)?.Title(language) ?? v)),
            _ => value,
        };
    }

    private static CardInput Input(FormField field, string? value, FormFacts facts, Language language)
    {
        var label = field.Label(language);
        var required = language.Pick($"{label} est obligatoire.", $"{label} is required.");
        switch (field.Kind)
        {
            case FieldKind.Choice or FieldKind.MultiChoice:
                return new InputChoiceSet
                {
                    Id = field.Id,
                    Label = label,
                    IsRequired = field.Required,
                    ErrorMessage = required,
                    Choices = [.. (field.Choices?.Invoke(facts) ?? []).Select(c => new Choice(c.Title(language), c.Value))],
                    IsMultiSelect = field.Kind == FieldKind.MultiChoice ? true : null,
                    Style = field.Kind == FieldKind.MultiChoice ? "expanded" : "compact",
                    Value = value,
                };
            case FieldKind.Amount:
                return new InputNumber
                {
                    Id = field.Id,
                    Label = label,
                    IsRequired = field.Required,
                    ErrorMessage = language.Pick($"Indiquez un montant entre {field.Min:N0} et {field.Max:N0}.", $"Give an amount between {field.Min:N0} and {field.Max:N0}."),
                    Min = (double?)field.Min,
                    Max = (double?)field.Max,
                    Value = double.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var amount) ? amount : null,
                };
            default:
                return new InputText
                {
                    Id = field.Id,
                    Label = label,
                    IsRequired = field.Required,
                    ErrorMessage = field.Kind switch
                    {
                        FieldKind.Email => language.Pick("Indiquez une adresse électronique valable.", "Give a valid e-mail address."),
                        FieldKind.Url => language.Pick("Indiquez une adresse commençant par https://.", "Give an address starting with https://."),
                        _ => required,
                    },
                    MaxLength = field.MaxLength,
                    IsMultiline = field.Kind == FieldKind.MultilineText ? true : null,
                    Style = field.Kind switch
                    {
                        FieldKind.Email => "email",
                        FieldKind.Phone => "tel",
                        FieldKind.Url => "url",
                        _ => null,
                    },
                    Regex = field.Kind == FieldKind.Email ? @"^[^@\s]+@[^@\s]+\.[^@\s]+$" : null,
                    Value = value,
                };
        }
    }

    private static Dictionary<string, string> Data(string action, string nonce) => new() { [ActionKey] = action, [NonceKey] = nonce };
}
