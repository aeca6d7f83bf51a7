using System.Text.RegularExpressions;
using WsisBot.Knowledge;
using WsisBot.Knowledge.Extraction;
using WsisBot.Knowledge.Facts;
using WsisBot.Knowledge.Ingestion;
using WsisBot.Knowledge.Llm;

namespace WsisBot.Evaluation;

/// <summary>The verdict on one answer.</summary>
/// <param name="Unsupported">Days and amounts the answer states that no letter states (and the asker did not name).</param>
public sealed record Grade(EvaluationQuestion Question, string Answer, bool Correct, bool Abstained, bool Cited, IReadOnlyList<string> Missing, IReadOnlyList<string> Unsupported);

/// <summary>
/// Judges answers by their text only, as a person reading the chat would: did it decline ("Je ne sais pas" /
/// "I don't know"), does it state the expected facts, does it name its source letter, and does every day and
/// amount in it appear in the letters.
/// </summary>
public sealed partial class Grader(KnowledgeSnapshot corpus, DateTimeOffset clock)
{
    public Grade Judge(EvaluationQuestion question, string answer)
    {
        var abstained = Declined().IsMatch(answer);
        var cited = SourceLine().IsMatch(answer);
        var named = DateRecognition.Find(question.Text, question.Language, clock.Year).SelectMany(m => new[] { m.From, m.To });
        var unsupported = FactCheck.Unsupported(answer, question.Language, corpus, named);
        var folded = Normalise(answer);
        var missing = (question.MustContain ?? []).Where(f => !folded.Contains(Normalise(f), StringComparison.Ordinal)).ToList();
        var correct = unsupported.Count == 0 && (question.Answerable ? !abstained && missing.Count == 0 : abstained);
        return new Grade(question, answer, correct, abstained, cited, missing, unsupported);
    }

    private static string Normalise(string text) => Spaces().Replace(TextFolding.Fold(text).Replace('*', ' '), " ");

    [GeneratedRegex(@"^\s*(Je ne sais pas|I don't know)", RegexOptions.IgnoreCase)]
    private static partial Regex Declined();

    [GeneratedRegex(@"Sources? ?:")]
    private static partial Regex SourceLine();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
