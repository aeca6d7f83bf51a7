using WsisBot.Knowledge.Facts;
using WsisBot.Knowledge.Ingestion;
using WsisBot.Knowledge.Vocabulary;

namespace WsisBot.Knowledge.Extraction;

/// <summary>
/// Deadlines: a sentence with a deadline phrase ("date limite", "au plus tard", "avant le") and a day.
/// The programme is the one the sentence names, else the ones its paragraph names.
/// </summary>
internal static class DeadlineExtractor
{
    public static readonly string[] Cues = ["date limite", "au plus tard", "avant le", "d ici le", "jusqu au", "delai", "deadline", "no later than"];

    public static IEnumerable<Deadline> Extract(LetterText text)
    {
        var letter = text.Letter;
        foreach (var sentence in text.BodySentences)
        {
            var cue = Cues.Select(c => sentence.Folded.IndexOf(c, StringComparison.Ordinal)).Where(i => i >= 0).DefaultIfEmpty(-1).Min();
            var days = sentence.Days.Where(m => !m.IsRange).ToList();
            var day = days.FirstOrDefault(m => m.Start >= cue) ?? days.LastOrDefault();
            if (cue < 0 || day is null)
            {
                continue;
            }

            var programmes = new Phrases(sentence.Clean).Programmes();
            foreach (var programme in programmes.Count > 0 ? programmes : sentence.Passage.Programmes)
            {
                yield return new Deadline(programme, day.From, letter.EditionYear, sentence.Original, letter.Citation);
            }
        }
    }

    public static bool IsDeadlineSentence(string folded) => Cues.Any(c => folded.Contains(c, StringComparison.Ordinal));
}
