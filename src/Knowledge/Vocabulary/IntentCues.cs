namespace WsisBot.Knowledge.Vocabulary;

/// <summary>Phrases (folded) that tell what an asker wants, in French and English, informal spellings included.</summary>
public static class IntentCues
{
    public static readonly string[] Human =
    [
        "parler a quelqu un", "parler a une personne", "parler a un humain", "parler a un conseiller", "une vraie personne", "un humain", "humain",
        "quelqu un du secretariat", "human", "real person", "talk to someone", "speak to someone", "talk to a person", "speak to a person",
        "talk to a human", "speak to a human", "agent", "operator", "operateur", "conseiller", "escalate", "transfer me",
    ];

    public static readonly string[] Greeting = ["bonjour", "salut", "bonsoir", "coucou", "hello", "hi", "hey", "good morning", "good afternoon", "good evening", "greetings"];

    public static readonly string[] Help =
    [
        "help", "aide", "aidez moi", "what can you do", "what do you do", "que sais tu faire", "que pouvez vous faire", "tu fais quoi",
        "menu", "how does this work", "comment ca marche", "what can i ask", "que puis je demander",
    ];

    public static readonly string[] MySubmissions =
    [
        "mes soumissions", "ma soumission", "mes candidatures", "ma candidature", "mes demandes", "ma demande", "my submission", "my submissions",
        "my application", "my applications", "my request", "my requests", "status of my", "statut de ma", "suivi de ma", "suivi de mes",
    ];

    public static readonly string[] Submit =
    [
        "je veux soumettre", "je voudrais soumettre", "je souhaite soumettre", "j aimerais soumettre", "soumettre une", "soumettre un", "soumettre ma", "soumettre mon",
        "i want to submit", "i would like to submit", "i d like to submit", "submit a", "submit an", "submit my", "start a submission", "nominate",
        "proposer un projet", "deposer", "postuler", "i want to apply", "devenir partenaire", "become a partner", "make a pledge", "faire une promesse",
        "demander un temps de parole", "request a speaking slot",
    ];

    /// <summary>Words that name a deadline outright: enough on their own.</summary>
    public static readonly string[] Deadline =
    [
        "date limite", "dates limites", "deadline", "deadlines", "delai", "delais", "dernier delai", "due date", "cut off", "cutoff", "closing date",
        "limite", "submission date", "date de soumission", "date de depot",
    ];

    /// <summary>Words that ask "until when" of something: a deadline only when a submission programme is named.</summary>
    public static readonly string[] Until =
    [
        "dernier jour", "last day", "due", "trop tard", "too late", "jusqu a quand", "jusqu quand", "until when", "by when", "expire", "closes",
        "close", "ferme", "cloture", "still open", "encore ouvert", "encore ouverte", "still submit", "encore soumettre", "a temps", "in time", "late",
        "avant quand", "encore bon", "still ok", "ok",
    ];

    public static readonly string[] When = ["quand", "when", "quelle date", "what date", "which date", "quel jour", "what day", "which day", "a quelle date"];

    public static readonly string[] Price =
    [
        "prix", "price", "prices", "pricing", "cost", "costs", "coute", "coutent", "cout", "couts", "combien", "how much", "montant", "amount", "chf",
        "tarif", "tarifs", "fee", "fees", "budget",
    ];

    public static readonly string[] Benefits =
    [
        "benefits", "benefit", "avantages", "avantage", "include", "includes", "included", "inclut", "inclus", "comprend", "compris", "get", "obtient",
        "offre", "offer", "offers", "perks", "contreparties", "droit", "entitled",
    ];

    public static readonly string[] TierList =
    [
        "niveaux", "levels", "tiers", "categories", "options de partenariat", "packages", "offres de partenariat", "partnership options", "types de partenariat",
        "partnership levels", "partnership tiers", "formules", "quels partenariats", "which partnerships", "what partnerships",
    ];

    public static readonly string[] Comparison =
    [
        "difference", "differences", "compare", "comparer", "comparaison", "comparison", "vs", "versus", "plutot", "rather", "better", "mieux", "entre", "between",
    ];

    public static readonly string[] Venue =
    [
        "where", "venue", "location", "lieu", "adresse", "address", "ville", "city", "endroit", "situe", "located", "ou se", "ou a lieu", "ou aura",
        "ou est", "ou sera", "ou se tient", "ou se deroule", "c est ou", "quelle ville", "which city", "what city", "in which city",
    ];

    public static readonly string[] Dates =
    [
        "dates", "date", "quand", "when", "quels jours", "quel jour", "what days", "which days", "how long", "combien de jours", "duree", "commence",
        "start", "starts", "begin", "begins", "end", "ends", "finit", "termine", "week", "semaine", "calendar", "calendrier", "what day", "which day",
        "held", "a lieu", "aura lieu", "se tient", "se tiendra", "takes place", "take place", "happening", "happen",
    ];

    public static readonly string[] EventList =
    [
        "events", "evenements", "evenement", "manifestations", "programme de la semaine", "schedule", "side events", "quoi d autre", "what else",
        "sessions", "what is happening", "que se passe",
    ];

    public static readonly string[] Registration =
    [
        "inscription", "inscriptions", "inscrire", "m inscrire", "s inscrire", "inscrit", "register", "registration", "registered", "sign up", "signup",
        "enregistrer", "attend", "attending", "assister", "participer au forum", "participate in the forum", "badge", "accreditation",
    ];

    public static readonly string[] Contact =
    [
        "contact", "contacter", "joindre", "email", "e mail", "mail", "courriel", "adresse electronique", "telephone", "phone", "phone number",
        "numero de telephone", "appeler", "qui contacter", "responsable", "focal point", "reach", "write to", "ecrire", "who do i call", "qui appeler",
    ];

    public static readonly string[] TrustFund =
    [
        "fonds d affectation", "trust fund", "fonds", "fund", "donate", "donation", "donations", "dons", "faire un don", "contribuer financierement",
        "financial contribution", "financer", "funding", "pledge",
    ];

    public static readonly string[] WhatCanISubmit =
    [
        "que puis je soumettre", "que peut on soumettre", "quoi soumettre", "que soumettre", "what can i submit", "what can we submit", "what can i contribute",
        "how can i contribute", "how can we contribute", "how can i get involved", "how to get involved", "get involved", "comment contribuer",
        "comment puis je contribuer", "comment participer", "what calls", "quels appels", "what is open", "qu est ce qui est ouvert", "what submissions",
        "quelles soumissions", "which programmes", "opportunites", "opportunities", "possibilites", "how can i participate", "how to participate",
        "what is still open", "qu est ce que je peux soumettre", "que puis je faire", "what can i do", "ways to contribute", "calls for contributions",
        "appel a contributions", "appels a contributions",
    ];

    /// <summary>Relative editions: "last year", "l'an dernier", …, as an offset from the clock's year.</summary>
    public static readonly IReadOnlyList<(string Phrase, int Offset)> RelativeYears =
    [
        ("last year", -1), ("l an dernier", -1), ("l annee derniere", -1), ("annee derniere", -1), ("an dernier", -1), ("l annee passee", -1), ("previous year", -1),
        ("this year", 0), ("cette annee", 0), ("current year", 0), ("annee en cours", 0),
        ("next year", 1), ("l an prochain", 1), ("l annee prochaine", 1), ("annee prochaine", 1), ("an prochain", 1),
    ];
}
