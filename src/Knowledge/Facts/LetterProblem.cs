namespace WsisBot.Knowledge.Facts;

/// <summary>What could not be read in a letter.</summary>
public enum LetterProblemKind
{
    /// <summary>The file could not be opened or read at all.</summary>
    Unreadable,

    /// <summary>The header gives no date: the file name's (or the file's) date stands in.</summary>
    NoDate,

    /// <summary>The header gives no reference: the subject stands in.</summary>
    NoReference,

    /// <summary>PDF pages without any text (a scan).</summary>
    PagesWithoutText,

    /// <summary>No deadline, event or offer table was found.</summary>
    NothingFound,

    /// <summary>An offer table was found, but no price under any tier.</summary>
    TableWithoutPrices,

    /// <summary>A tier has neither a price nor a contact under it.</summary>
    TierWithoutPrice,

    /// <summary>A table row the offer glossary has no English for: shown in French to English readers.</summary>
    RowWithoutEnglish,
}

/// <summary>One thing that could not be read, with what it concerns (a tier, a row, pages, an error).</summary>
public sealed record LetterProblem(LetterProblemKind Kind, string? Detail = null)
{
    public string Describe(Language language)
    {
        var text = Kind switch
        {
            LetterProblemKind.Unreadable => language.Pick("fichier illisible", "the file could not be read"),
            LetterProblemKind.NoDate => language.Pick("aucune date dans l'en-tête : date du nom du fichier", "no date in the header: the file name's date is used"),
            LetterProblemKind.NoReference => language.Pick("aucune référence dans l'en-tête : l'objet en tient lieu", "no reference in the header: the subject stands in"),
            LetterProblemKind.PagesWithoutText => language.Pick("pages sans texte (numérisées ?)", "pages without text (scanned?)"),
            LetterProblemKind.NothingFound => language.Pick("aucun délai, événement ni tableau d'offres trouvé", "no deadline, event or offer table found"),
            LetterProblemKind.TableWithoutPrices => language.Pick("tableau d'offres sans montants", "offer table without prices"),
            LetterProblemKind.TierWithoutPrice => language.Pick("catégorie sans montant ni contact", "tier without a price or a contact"),
            LetterProblemKind.RowWithoutEnglish => language.Pick(
                "ligne du tableau sans traduction anglaise (offer-table.json) : montrée en français",
                "table row without English (offer-table.json): shown in French"),
            _ => Kind.ToString(),
        };
        return Detail is null ? text : $"{text} — {Detail}";
    }
}
