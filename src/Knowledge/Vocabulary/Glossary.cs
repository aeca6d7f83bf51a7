using WsisBot.Knowledge.Facts;

namespace WsisBot.Knowledge.Vocabulary;

/// <summary>How answers name programmes and events in each language (the words people use for them are in <see cref="Lexicon"/>).</summary>
public static class Glossary
{
    /// <summary>A programme's name; with <paramref name="article"/>, as it reads inside a sentence ("les Prix du SMSI", "the WSIS Prizes").</summary>
    public static string ProgrammeName(Programme programme, Language language, bool article = false)
    {
        var (french, frenchArticle, english) = programme switch
        {
            Programme.OpenConsultation => ("processus de consultation ouverte (PCO)", "le ", "Open Consultation Process (OCP)"),
            Programme.Stocktaking => ("Inventaire des activités du SMSI", "l'", "WSIS Stocktaking"),
            Programme.Prizes => ("Prix du SMSI", "les ", "WSIS Prizes"),
            Programme.SpeakingSlot => ("demandes de temps de parole (Discussions de haut niveau)", "les ", "speaking-slot requests (High-Level Track)"),
            Programme.Partnership => ("partenariat du Forum", "le ", "Forum partnership"),
            _ => ("Fonds d'affectation spéciale pour le SMSI", "le ", "WSIS Trust Fund"),
        };
        return language == Language.French ? (article ? frenchArticle : string.Empty) + french : (article ? "the " : string.Empty) + english;
    }

    public static string EventKindName(EventKind kind, Language language) => kind switch
    {
        EventKind.Forum => language.Pick("Forum du SMSI", "WSIS Forum"),
        EventKind.AiSummit => language.Pick("Sommet mondial sur l'IA au service du bien social", "AI for Good Global Summit"),
        EventKind.AiGovernanceDialogue => language.Pick("Dialogue mondial sur la gouvernance de l'IA", "Global Dialogue on AI Governance"),
        EventKind.OpeningCeremony => language.Pick("cérémonie d'ouverture", "opening ceremony"),
        EventKind.HighLevelTrack => language.Pick("Discussions de haut niveau", "High-Level Track"),
        EventKind.MinisterialRoundTable => language.Pick("table ronde ministérielle", "ministerial round table"),
        _ => language.Pick("manifestation", "event"),
    };
}
