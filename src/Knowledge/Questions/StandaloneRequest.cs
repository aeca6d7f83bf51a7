using WsisBot.Knowledge.Vocabulary;

namespace WsisBot.Knowledge.Questions;

/// <summary>
/// Tells a conversational request said on its own ("mes soumissions", "je veux parler à une vraie personne", "help please")
/// from a text that only contains one of its cues ("Human-centred AI", "Hello World Foundation"): in the first every word
/// is a word of the intent's cues or a function word.
/// </summary>
internal static class StandaloneRequest
{
    private static readonly Lazy<IReadOnlyDictionary<Intent, HashSet<string>>> CueWords = new(() => new Dictionary<Intent, HashSet<string>>
    {
        [Intent.Greeting] = WordsOf(Lexicon.Cues.Greeting),
        [Intent.Thanks] = WordsOf(Lexicon.Cues.Thanks),
        [Intent.Help] = WordsOf(Lexicon.Cues.Help),
        [Intent.Human] = WordsOf(Lexicon.Cues.Human),
        [Intent.MySubmissions] = WordsOf(Lexicon.Cues.MySubmissions),
    });

    // A hand-over takes two words or more: a lone cue word ("Conseiller", "Agent") is as likely a job title typed into a form.
    public static bool Is(Intent intent, IReadOnlyList<string> words) =>
        words.Count > (intent == Intent.Human ? 1 : 0)
        && CueWords.Value.TryGetValue(intent, out var cueWords)
        && words.All(w => cueWords.Contains(w) || Lexicon.IsStopWord(w) || Lexicon.Politeness.Phrases.Contains(w));

    private static HashSet<string> WordsOf(CueGroup cues) => cues.Phrases.SelectMany(c => c.Split(' ')).ToHashSet(StringComparer.Ordinal);
}
