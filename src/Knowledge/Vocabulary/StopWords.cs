namespace WsisBot.Knowledge.Vocabulary;

/// <summary>Function words of both languages (folded): they tell the language, not the subject.</summary>
public static class StopWords
{
    public static readonly IReadOnlySet<string> French = new HashSet<string>
    {
        "le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "au", "aux", "et", "ou", "est", "sont", "etre", "a", "ai", "as",
        "je", "j", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles", "me", "m", "te", "t", "se", "s", "ce", "c", "ca", "cela", "ceci",
        "mon", "ma", "mes", "ton", "ta", "tes", "son", "sa", "ses", "notre", "nos", "votre", "vos", "leur", "leurs",
        "que", "qu", "qui", "quoi", "quel", "quelle", "quels", "quelles", "quand", "comment", "combien", "pourquoi", "ou",
        "dans", "sur", "pour", "par", "avec", "sans", "chez", "en", "y", "pas", "ne", "n", "plus", "tres", "bien", "aussi", "encore", "deja",
        "est ce", "puis", "peux", "peut", "pouvez", "dois", "doit", "devons", "faut", "faire", "fait", "avoir", "ont", "avez", "sera", "seront",
        "cette", "ces", "cet", "mais", "donc", "si", "merci", "svp", "stp", "bonjour", "salut", "quelqu", "un", "tout", "tous", "toute", "toutes",
        "lors", "pendant", "apres", "avant", "entre", "vers", "jusqu", "ici", "la", "voudrais", "veux", "souhaite", "aimerais", "savoir", "dire",
        "moi", "toi", "lui", "eux", "dites", "svp", "bah", "alors", "oui", "non", "etait", "etaient", "c est", "il y a", "y a", "quelle est",
    };

    public static readonly IReadOnlySet<string> English = new HashSet<string>
    {
        "the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "for", "from", "by", "with", "about", "into", "as", "is", "are", "was", "were",
        "be", "been", "being", "am", "do", "does", "did", "done", "have", "has", "had", "i", "me", "my", "mine", "you", "your", "yours", "we", "us",
        "our", "they", "them", "their", "he", "she", "it", "its", "his", "her", "this", "that", "these", "those", "what", "whats", "when", "where",
        "who", "whom", "which", "why", "how", "can", "could", "will", "would", "should", "shall", "may", "might", "must", "there", "here", "any",
        "some", "all", "not", "no", "yes", "please", "pls", "thanks", "thank", "hi", "hello", "hey", "tell", "know", "want", "need", "like", "get",
        "s", "t", "im", "id", "ive", "dont", "cant", "is it", "still", "again", "also", "just", "so", "if", "then", "than", "too", "very", "much",
        "many", "more", "most", "one", "ok", "okay", "u", "ur", "whats", "wanna", "gonna", "would like", "let", "lets", "anyone", "someone",
    };

    public static bool IsStopWord(string word) => French.Contains(word) || English.Contains(word);
}
