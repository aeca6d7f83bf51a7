using System.Globalization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WsisBot.Knowledge;
using WsisBot.Knowledge.Facts;

namespace WsisBot.Bot.Escalation.Inbox;

/// <summary>What the bot read from each letter of the corpus folder, so the secretariat sees at once whether a new letter's table came through.</summary>
public sealed class LettersModel(IKnowledgeFacts knowledge) : PageModel
{
    public IReadOnlyList<LetterReport> Reports { get; private set; } = [];

    public void OnGet() => Reports = knowledge.Current.Reports;

    public static string Day(DateOnly day) => day.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("fr-FR"));

    public static string Days(DateOnly start, DateOnly end) => start == end ? Day(start) : $"{Day(start)} – {Day(end)}";

    /// <summary>The price as the letter writes it; a tier without an amount is "on request" (a contact) or said to have none.</summary>
    public static string Price(PartnershipTier tier) =>
        tier.PriceChf is not null ? tier.PriceText
        : tier.PriceText.Length > 0 ? $"{tier.PriceText} (sur demande · on request)"
        : "— (aucun montant lu · no price read)";

    public static string Programme(Programme programme) =>
        Both(language => WsisBot.Knowledge.Vocabulary.Glossary.ProgrammeName(programme, language));

    public static string Format(LetterFormat format) => format switch
    {
        LetterFormat.Pdf => "PDF",
        LetterFormat.Word => "Word (.docx)",
        LetterFormat.Markdown => "Markdown",
        _ => "Texte · Text",
    };

    public static string Both(Func<Language, string> text) => $"{text(Language.French)} · {text(Language.English)}";
}
