using WsisBot.Knowledge.Ingestion;
using WsisBot.Knowledge.Vocabulary;

namespace WsisBot.Knowledge.Retrieval;

/// <summary>The words of a question worth searching for, each with its French expansion from the glossary.</summary>
public static class QueryConcepts
{
    public static IReadOnlyList<QueryConcept> From(string question, params string[] extraFrench) =>
        TextFolding.Words(question)
            .Where(w => !StopWords.IsStopWord(w))
            .Distinct()
            .Select(w => new QueryConcept(w, Glossary.QueryExpansion.GetValueOrDefault(w, w.Replace("wsis", "smsi", StringComparison.Ordinal).Replace('+', ' '))))
            .Concat(extraFrench.Select(f => new QueryConcept(f, f)))
            .ToList();
}
