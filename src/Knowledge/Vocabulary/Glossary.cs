using WsisBot.Knowledge.Facts;

namespace WsisBot.Knowledge.Vocabulary;

/// <summary>
/// Bilingual vocabulary: how the letters and the askers name programmes, tiers, events and places.
/// Words only, never facts: dates, amounts and names come from the letters.
/// Every entry is folded (lower case, no accents, apostrophes and dashes as spaces).
/// </summary>
public static class Glossary
{
    /// <summary>Phrases naming each programme, French (as in the letters) and English (as askers write).</summary>
    public static readonly IReadOnlyDictionary<Programme, string[]> ProgrammeTerms = new Dictionary<Programme, string[]>
    {
        [Programme.OpenConsultation] = ["consultation ouverte", "consultation", "pco", "ocp", "open consultation", "consultations"],
        [Programme.Stocktaking] = ["inventaire", "stocktaking", "stock taking", "stocktacking", "inventory"],
        [Programme.Prizes] = ["prix du smsi", "prix smsi", "prix", "prizes", "prize", "award", "awards", "nomination", "nominations", "laureat"],
        [Programme.SpeakingSlot] = ["temps de parole", "prise de parole", "speaking slot", "speaking slots", "speaking", "speaker", "speakers", "intervenir", "intervention"],
        [Programme.Partnership] = ["partenariat", "partenariats", "partenaire", "partenaires", "partnership", "partnerships", "partner", "partners", "sponsor", "sponsors", "sponsoring", "sponsorship"],
        [Programme.TrustFund] = ["fonds d affectation speciale", "fonds d affectation", "fonds", "trust fund", "fund", "donation", "donations", "donate", "dons"],
    };

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

    /// <summary>The offer table's availability words ("exclusif", "deux", "multiples") in English.</summary>
    public static readonly IReadOnlyDictionary<string, string> AvailabilityEnglish = new Dictionary<string, string>
    {
        ["exclusif"] = "exclusive",
        ["deux"] = "two",
        ["multiples"] = "several",
    };

    /// <summary>Tier names of the offer table (folded French key) in English.</summary>
    public static readonly IReadOnlyDictionary<string, string> TierEnglish = new Dictionary<string, string>
    {
        ["diamant"] = "Diamond",
        ["platine"] = "Platinum",
        ["or"] = "Gold",
        ["argent"] = "Silver",
        ["bronze"] = "Bronze",
        ["innovation"] = "Innovation",
        ["appui"] = "Support",
    };

    /// <summary>Words askers use for a tier, mapped to the table's French key.</summary>
    public static readonly IReadOnlyDictionary<string, string> TierWords = new Dictionary<string, string>
    {
        ["diamant"] = "diamant", ["diamond"] = "diamant", ["diamand"] = "diamant",
        ["platine"] = "platine", ["platinum"] = "platine", ["platinium"] = "platine",
        ["or"] = "or", ["gold"] = "or", ["golden"] = "or",
        ["argent"] = "argent", ["silver"] = "argent",
        ["bronze"] = "bronze",
        ["innovation"] = "innovation",
        ["appui"] = "appui", ["support"] = "appui", ["soutien"] = "appui",
    };

    /// <summary>Tier words that are also everyday words ("or", "argent", "support"): a tier only next to a tier context.</summary>
    public static readonly IReadOnlySet<string> AmbiguousTierWords = new HashSet<string> { "or", "argent", "appui", "support", "soutien", "innovation" };

    public static readonly IReadOnlySet<string> TierContextWords = new HashSet<string>
    {
        "partenariat", "partenaire", "partenaires", "niveau", "offre", "formule", "categorie", "palier", "statut", "tier", "tiers",
        "partnership", "partner", "partners", "package", "level", "sponsor", "sponsorship", "pack", "et", "ou", "and", "vs", "versus", "entre", "between",
    };

    /// <summary>How the letters head an event's name (folded): the extractor starts a name at one of these.</summary>
    public static readonly string[] EventHeads =
    [
        "forum", "sommet", "dialogue", "ceremonie", "discussions", "table ronde", "manifestation", "reunion", "conference", "atelier", "session", "edition",
    ];

    /// <summary>Phrases that tell an event's kind, in the letters' French and in askers' English.</summary>
    public static readonly IReadOnlyList<(EventKind Kind, string[] Phrases)> EventKindTerms =
    [
        (EventKind.OpeningCeremony, ["ceremonie d ouverture", "ceremonie", "ouverture", "opening ceremony", "opening", "inauguration", "seance inaugurale"]),
        (EventKind.MinisterialRoundTable, ["table ronde ministerielle", "table ronde", "round table", "roundtable", "ministerial"]),
        (EventKind.AiGovernanceDialogue, ["dialogue mondial sur la gouvernance", "gouvernance de l intelligence artificielle", "gouvernance de l ia", "ai governance", "governance of ai", "governance dialogue", "dialogue"]),
        (EventKind.HighLevelTrack, ["discussions de haut niveau", "discussions", "high level track", "high level discussions", "high level segment"]),
        (EventKind.AiSummit, ["intelligence artificielle au service du bien social", "ia au service du bien social", "ai for good", "bien social", "ai summit", "sommet sur l ia", "sommet ia", "intelligence artificielle"]),
        (EventKind.Forum, ["forum", "manifestation", "smsi", "wsis", "edition"]),
    ];

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

    public static EventKind KindOfEventName(string foldedName)
    {
        foreach (var (kind, phrases) in EventKindTerms)
        {
            if (phrases.Any(p => foldedName.Contains(p, StringComparison.Ordinal)))
            {
                return kind;
            }
        }

        return EventKind.Other;
    }

    /// <summary>Place words of the letters in English; anything else is shown as written.</summary>
    public static readonly IReadOnlyDictionary<string, string> PlaceEnglish = new Dictionary<string, string>
    {
        ["Genève"] = "Geneva",
        ["Suisse"] = "Switzerland",
        ["Tunis"] = "Tunis",
    };

    /// <summary>English (and colloquial French) words to the letters' French, for retrieval.</summary>
    public static readonly IReadOnlyDictionary<string, string> QueryExpansion = new Dictionary<string, string>
    {
        ["deadline"] = "date limite", ["deadlines"] = "date limite", ["delai"] = "date limite", ["due"] = "date limite",
        ["prize"] = "prix", ["prizes"] = "prix", ["award"] = "prix", ["awards"] = "prix",
        ["stocktaking"] = "inventaire", ["inventory"] = "inventaire",
        ["consultation"] = "consultation", ["open"] = "ouverte",
        ["registration"] = "inscriptions", ["register"] = "inscriptions", ["registrations"] = "inscriptions", ["inscrire"] = "inscriptions", ["inscription"] = "inscriptions",
        ["venue"] = "lieu", ["location"] = "lieu",
        ["trust"] = "affectation speciale", ["fund"] = "fonds",
        ["partnership"] = "partenariat", ["partner"] = "partenaire", ["partners"] = "partenaires", ["sponsor"] = "partenaire",
        ["speaking"] = "parole", ["slot"] = "temps", ["minister"] = "ministres", ["ministers"] = "ministres",
        ["opening"] = "ouverture", ["ceremony"] = "ceremonie", ["closing"] = "cloture",
        ["governance"] = "gouvernance", ["ai"] = "intelligence artificielle", ["artificial"] = "artificielle", ["intelligence"] = "intelligence",
        ["summit"] = "sommet", ["submit"] = "soumettre", ["submission"] = "soumission", ["submissions"] = "soumissions",
        ["accommodation"] = "hebergement", ["early"] = "tot", ["soon"] = "tot", ["lodging"] = "hebergement", ["book"] = "reserver", ["booking"] = "reserver",
        ["remote"] = "distance", ["online"] = "distance", ["virtual"] = "virtuel",
        ["women"] = "femmes", ["gender"] = "parite femmes", ["youth"] = "jeunes", ["young"] = "jeunes",
        ["resolution"] = "resolution", ["mandate"] = "mandat", ["renewed"] = "renouvele", ["extended"] = "reconduit",
        ["participants"] = "participants", ["attendees"] = "participants", ["countries"] = "pays",
        ["exhibition"] = "exposition", ["booth"] = "stand", ["stand"] = "stand", ["screen"] = "ecran",
        ["meeting"] = "reunion", ["room"] = "salle", ["lounge"] = "salon", ["vip"] = "vip", ["seats"] = "places", ["seating"] = "places",
        ["newsletter"] = "bulletin", ["social"] = "reseaux sociaux", ["press"] = "communique presse", ["video"] = "video", ["videos"] = "videos",
        ["lunch"] = "dejeuner", ["dinner"] = "diner", ["coffee"] = "cafe", ["logo"] = "logo", ["lanyard"] = "cordons", ["lanyards"] = "cordons",
        ["badge"] = "badge", ["interview"] = "entretien", ["certificate"] = "certificats", ["certificates"] = "certificats", ["pins"] = "pins",
        ["secretary"] = "secretaire", ["signed"] = "signe", ["organised"] = "organise", ["organized"] = "organise", ["organisers"] = "organise", ["organizers"] = "organise",
        ["geneva"] = "geneve", ["switzerland"] = "suisse", ["projects"] = "projets", ["project"] = "projets", ["entries"] = "contributions",
        ["action"] = "orientations", ["lines"] = "grandes orientations", ["sdgs"] = "objectifs developpement durable", ["agenda"] = "ordre du jour",
        ["website"] = "adresse site", ["link"] = "lien", ["donate"] = "contribuer fonds", ["contribute"] = "contribuer", ["contributions"] = "contributions",
        ["established"] = "cree", ["created"] = "cree", ["founded"] = "cree", ["review"] = "examen", ["un"] = "nations unies", ["itu"] = "uit", ["united"] = "unies", ["nations"] = "nations",
        ["digital"] = "numerique", ["cooperation"] = "cooperation", ["emerging"] = "emergentes", ["technologies"] = "technologies", ["plenipotentiary"] = "plenipotentiaires",
        ["council"] = "conseil", ["general"] = "generale", ["assembly"] = "assemblee", ["outcome"] = "resultats", ["outcomes"] = "resultats", ["roadmap"] = "feuille route",
        ["high"] = "haut", ["level"] = "niveau", ["event"] = "manifestation", ["events"] = "manifestations", ["forum"] = "forum", ["wsis"] = "smsi",
        ["annual"] = "annuel", ["history"] = "phases", ["tunis"] = "tunis", ["phases"] = "phases", ["decided"] = "decide", ["overall"] = "ensemble",
    };

    /// <summary>
    /// Subjects askers raise that call letters of this kind do not treat. A topic is out of scope only while
    /// none of its words occurs in the corpus: a letter that starts treating it brings it back into scope.
    /// </summary>
    public static readonly IReadOnlyList<(string Topic, string[] Words)> OffTopics =
    [
        ("weather", ["weather", "meteo", "temperature", "temperatures", "pluie", "rain", "sunny", "climat", "quel temps", "forecast"]),
        ("visa", ["visa", "visas", "passport", "passeport", "immigration", "schengen"]),
        ("hotel", ["hotel", "hotels", "airbnb", "hostel", "auberge"]),
        ("parking", ["parking", "garer", "stationnement", "park my car", "car park"]),
        ("transport", ["taxi", "uber", "airport", "aeroport", "train", "tram", "bus", "shuttle", "navette", "flight", "flights"]),
        ("food", ["restaurant", "restaurants", "food", "nourriture", "vegetarian", "vegetarien", "halal", "repas"]),
        ("fees", ["fee", "fees", "frais", "tarif", "payant", "gratuit", "gratuite", "free", "free of charge", "ticket", "tickets", "billet", "billets"]),
        ("wifi", ["wifi", "wi fi", "password", "mot de passe"]),
        ("dress", ["dress code", "tenue vestimentaire", "costume", "dress"]),
        ("jobs", ["job", "jobs", "emploi", "internship", "salary", "salaire", "recrutement", "hiring"]),
        ("health", ["covid", "vaccine", "vaccin", "masque", "mask", "hospital", "hopital"]),
        ("winners", ["winner", "winners", "won", "gagnant", "gagnants", "laureats", "gagne"]),
        ("money", ["exchange rate", "taux de change", "euro", "euros", "dollars", "usd", "bitcoin"]),
        ("childcare", ["childcare", "creche", "garderie", "babysitting"]),
        ("livestream", ["livestream", "live stream", "streaming", "youtube", "recording", "replay", "retransmis", "retransmission", "en direct", "webcast"]),
        ("speakers", ["keynote", "who is speaking", "qui parle", "celebrity", "celebrite"]),
        ("attendance", ["how many people will", "combien de personnes viendront", "expected attendance"]),
    ];
}
