using WsisBot.Knowledge;

namespace WsisBot.Bot.Submissions;

/// <summary>A kind of submission the letters call for, with the fields the secretariat needs.</summary>
/// <param name="Code">Three letters in the reference number (WSIS-2026-PRZ-000123).</param>
public sealed record SubmissionForm(
    Programme Programme,
    string Code,
    string TitleFrench,
    string TitleEnglish,
    IReadOnlyList<FormField> Fields)
{
    public string Title(Language language) => language.Pick(TitleFrench, TitleEnglish);

    public FormField? Field(string id) => Fields.FirstOrDefault(f => f.Id == id);
}
