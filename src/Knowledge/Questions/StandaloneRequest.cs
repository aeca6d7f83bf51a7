using WsisBot.Knowledge.Vocabulary;

namespace WsisBot.Knowledge.Questions;

/// <summary>
/// Tells a conversational request said on its own ("mes soumissions", "je veux parler à une vraie personne", "help please")
/// from a text that only contains one of its cues ("Human-centred AI", "Hello World Foundation"): in the first every word
/// is a word of the intent's cues or a function word.
/// </summary>
internal static class StandaloneRequest
{
    private static readonly IReadOnlyDictionary<Intent, HashSet<string>> CueWords = new Dictionary<Intent, HashSet<string>>
    {
        [Intent.Greeting] = WordsOf(IntentCues.Greeting),
        [Intent.Help] = WordsOf(IntentCues.Help),
        [Intent.Human] = WordsOf(IntentCues.Human),
        [Intent.MySubmissions] = WordsOf(IntentCues.MySubmissions),
    };

    // A hand-over takes two words or more: a lone cue word ("Conseiller", "Agent") is as likely a job title typed into a form.
    public static bool Is(Intent intent, IReadOnlyList<string> words) =>
        words.Count > (intent == Intent.Human ? 1 : 0)
        && CueWords.TryGetValue(intent, out var cueWords)
        && words.All(w => cueWords.Contains(w) || StopWords.IsStopWord(w));

    private static HashSet<string> WordsOf(IEnumerable<string> cues) => cues.SelectMany(c => c.Split(' ')).ToHashSet(StringComparer.Ordinal);
}
