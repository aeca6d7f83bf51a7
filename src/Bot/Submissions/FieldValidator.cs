using System.Globalization;
using System.Net.Mail;
using System.Text;
using System.Text.RegularExpressions;
using WsisBot.Bot.Protocol;
using WsisBot.Knowledge;

namespace WsisBot.Bot.Submissions;

/// <summary>
/// Server-side checks of every field (a card's own checks are hints: the JS renderer tests regexes unanchored
/// and anyone can post any value). Returns the cleaned value or an error in the user's language.
/// </summary>
public static partial class FieldValidator
{
    public sealed record Result(string? Value, string? Error)
    {
        public bool IsValid => Error is null;
    }

    public static Result Validate(FormField field, string? raw, IReadOnlyList<FieldChoice> choices, Language language)
    {
        var value = Clean(raw, field.Kind == FieldKind.MultilineText);
        if (value.Length == 0)
        {
            return field.Required
                ? Error(language, "Ce champ est obligatoire.", "This field is required.")
                : new Result("", null);
        }

        if (value.Length > field.MaxLength)
        {
            return Error(language, $"Trop long : {field.MaxLength} caractères au plus (vous en avez {value.Length}).",
                $"Too long: at most {field.MaxLength} characters (you have {value.Length}).");
        }

        return field.Kind switch
        {
            FieldKind.Email => IsEmail(value) ? new(value, null) : Error(language, "Adresse électronique non valable (exemple : nom@organisation.org).", "Not a valid e-mail address (example: name@organisation.org)."),
            FieldKind.Phone => PhonePattern().IsMatch(value) ? new(value, null) : Error(language, "Numéro non valable : chiffres, espaces et + uniquement (exemple : +41 22 730 0000).", "Not a valid number: digits, spaces and + only (example: +41 22 730 0000)."),
            FieldKind.Url => IsWebAddress(value) ? new(value, null) : Error(language, "Adresse web non valable (elle doit commencer par https:// ou http://).", "Not a valid web address (it must start with https:// or http://)."),
            FieldKind.Country => Countries.Find(value) is { } country
                ? new(country.Code, null)
                : Error(language, "Pays inconnu : écrivez son nom (par exemple « Suisse ») ou son code (CH).", "Unknown country: write its name (e.g. “Switzerland”) or its code (CH)."),
            FieldKind.Choice => MatchChoice(value, choices) is { } choice
                ? new(choice.Value, null)
                : Error(language, $"Choisissez parmi : {ChoiceList(choices, language)}.", $"Choose one of: {ChoiceList(choices, language)}."),
            FieldKind.MultiChoice => ValidateMany(value, choices, language),
            FieldKind.Amount => ValidateAmount(field, value, language),
            _ => new(value, null),
        };
    }

    /// <summary>Removes control characters (keeping line breaks where allowed) and trims.</summary>
    public static string Clean(string? raw, bool multiline)
    {
        if (string.IsNullOrEmpty(raw))
        {
            return "";
        }

        var text = new StringBuilder(raw.Length);
        foreach (var c in raw.Normalize(NormalizationForm.FormC))
        {
            if (c == '\n' && multiline)
            {
                text.Append(c);
            }
            else if (char.IsControl(c) || c is '\u200B' or '\uFEFF')
            {
                text.Append(c is '\t' or '\n' or '\r' ? ' ' : "");
            }
            else
            {
                text.Append(c);
            }
        }

        return text.ToString().Trim();
    }

    public static FieldChoice? MatchChoice(string value, IReadOnlyList<FieldChoice> choices)
    {
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index >= 1 && index <= choices.Count)
        {
            return choices[index - 1];
        }

        var folded = Countries.Fold(value);
        return choices.FirstOrDefault(c => Countries.Fold(c.Value) == folded || Countries.Fold(c.French) == folded || Countries.Fold(c.English) == folded);
    }

    public static string ChoiceList(IReadOnlyList<FieldChoice> choices, Language language) =>
        string.Join(", ", choices.Select((c, i) => $"{i + 1}. {c.Title(language)}"));

    private static Result ValidateMany(string value, IReadOnlyList<FieldChoice> choices, Language language)
    {
        var picked = new List<string>();
        foreach (var part in value.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (MatchChoice(part, choices) is not { } choice)
            {
                return Error(language, $"« {Markdown.Escape(part)} » n'est pas un choix possible. Choisissez parmi : {ChoiceList(choices, language)}.",
                    $"“{Markdown.Escape(part)}” is not one of the choices. Choose from: {ChoiceList(choices, language)}.");
            }

            if (!picked.Contains(choice.Value))
            {
                picked.Add(choice.Value);
            }
        }

        return picked.Count == 0
            ? Error(language, "Choisissez au moins une valeur.", "Choose at least one value.")
            : new(string.Join(",", picked), null);
    }

    private static Result ValidateAmount(FormField field, string value, Language language)
    {
        var digits = AmountSeparators().Replace(value, "");
        if (!decimal.TryParse(digits.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
        {
            return Error(language, "Indiquez un montant en chiffres (exemple : 25000).", "Give the amount in figures (example: 25000).");
        }

        if (amount < field.Min || amount > field.Max)
        {
            return Error(language, $"Le montant doit être compris entre {field.Min:N0} et {field.Max:N0}.", $"The amount must be between {field.Min:N0} and {field.Max:N0}.");
        }

        return new(amount.ToString(CultureInfo.InvariantCulture), null);
    }

    private static bool IsEmail(string value) =>
        EmailPattern().IsMatch(value) && MailAddress.TryCreate(value, out var address) && address.Address == value;

    private static bool IsWebAddress(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && uri.Host.Contains('.');

    private static Result Error(Language language, string french, string english) => new(null, language.Pick(french, english));

    [GeneratedRegex(@"^[^@\s<>""]+@[^@\s<>""]+\.[^@\s<>""]{2,}$")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"^\+?[0-9][0-9 ().\-]{5,24}$")]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"[\s'’_]|CHF|USD|EUR|Fr\.?", RegexOptions.IgnoreCase)]
    private static partial Regex AmountSeparators();
}
