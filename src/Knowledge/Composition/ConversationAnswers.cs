namespace WsisBot.Knowledge.Composition;

/// <summary>Greeting, help and hand-over texts. No fact in them, so nothing to cite.</summary>
internal static class ConversationAnswers
{
    public static Answer Greeting(AnswerContext c) => c.Conversation(
        "Bonjour ! Je réponds à vos questions sur le Forum du SMSI à partir des lettres du secrétariat : dates limites, partenariats, dates et lieu, inscriptions, contacts.",
        "Hello! I answer questions about the WSIS Forum from the secretariat's letters: deadlines, partnerships, dates and venue, registration, contacts.");

    public static Answer Help(AnswerContext c) => c.Conversation(
        "Vous pouvez me demander par exemple :\n- « Quelle est la date limite des Prix du SMSI ? »\n- « Combien coûte le partenariat Or ? »\n- « Où et quand a lieu le Forum ? »\n- « Que puis-je soumettre ? »\n- « Je voudrais parler à quelqu'un »",
        "You can ask me, for example:\n- \"When is the WSIS Prizes deadline?\"\n- \"How much is the Gold partnership?\"\n- \"Where and when is the Forum?\"\n- \"What can I submit?\"\n- \"I'd like to talk to someone\"");

    public static Answer Human(AnswerContext c) => c.Conversation(
        "Je transmets votre demande au secrétariat du SMSI ; une personne vous répondra dans cette conversation.",
        "I'm passing your request to the WSIS secretariat; a person will reply in this conversation.");

    public static Answer MySubmissions(AnswerContext c) => c.Conversation(
        "Je recherche les soumissions enregistrées dans cette conversation.",
        "Let me look up the submissions recorded in this conversation.");
}
