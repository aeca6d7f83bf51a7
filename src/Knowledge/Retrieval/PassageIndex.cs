using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using WsisBot.Knowledge.Facts;
using WsisBot.Knowledge.Ingestion;

namespace WsisBot.Knowledge.Retrieval;

/// <summary>
/// In-memory Lucene index of the letters' paragraphs, one field per analyzer (French, English), built once per
/// corpus snapshot. A query is a list of concepts (an asker's word with its French glossary expansion);
/// a hit's coverage is the share of concepts it contains, which the composer uses to decide whether to quote.
/// </summary>
public sealed class PassageIndex
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private const string FrenchField = "fr";
    private const string EnglishField = "en";

    private static readonly Analyzer FrenchAnalyzer = new FrenchAnalyzer(Version);
    private static readonly Analyzer EnglishAnalyzer = new EnglishAnalyzer(Version);
    private static readonly Analyzer PerField = new PerFieldAnalyzerWrapper(
        FrenchAnalyzer,
        new Dictionary<string, Analyzer> { [EnglishField] = EnglishAnalyzer });

    private readonly IndexSearcher _searcher;
    private readonly List<(Passage Passage, Letter Letter, HashSet<string> French, HashSet<string> English)> _entries;

    private PassageIndex(IndexSearcher searcher, List<(Passage, Letter, HashSet<string>, HashSet<string>)> entries)
    {
        _searcher = searcher;
        _entries = entries;
    }

    public static PassageIndex Build(IEnumerable<(Passage Passage, Letter Letter)> passages)
    {
        var directory = new RAMDirectory();
        var entries = new List<(Passage, Letter, HashSet<string>, HashSet<string>)>();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(Version, PerField)))
        {
            foreach (var (passage, letter) in passages)
            {
                var folded = TextFolding.Fold(passage.Clean);
                writer.AddDocument(new Document
                {
                    new TextField(FrenchField, folded, Field.Store.NO),
                    new TextField(EnglishField, folded, Field.Store.NO),
                });
                entries.Add((passage, letter, Terms(FrenchAnalyzer, folded), Terms(EnglishAnalyzer, folded)));
            }

            writer.Commit();
        }

        return new PassageIndex(new IndexSearcher(DirectoryReader.Open(directory)), entries);
    }

    /// <summary>Best passages for the concepts, optionally only from one edition's letters.</summary>
    public IReadOnlyList<PassageHit> Search(IReadOnlyList<QueryConcept> concepts, int? editionYear, int take = 3)
    {
        var analysed = concepts
            .Select(c => (French: Terms(FrenchAnalyzer, c.French), English: Terms(EnglishAnalyzer, c.Asked)))
            .Where(c => c.French.Count + c.English.Count > 0)
            .ToList();
        if (analysed.Count == 0 || _entries.Count == 0)
        {
            return [];
        }

        var query = new BooleanQuery();
        foreach (var term in analysed.SelectMany(c => c.French).Distinct())
        {
            query.Add(new TermQuery(new Term(FrenchField, term)), Occur.SHOULD);
        }

        foreach (var term in analysed.SelectMany(c => c.English).Distinct())
        {
            query.Add(new TermQuery(new Term(EnglishField, term)), Occur.SHOULD);
        }

        return _searcher.Search(query, 20).ScoreDocs
            .Select(d => (Doc: d, Entry: _entries[d.Doc]))
            .Where(x => editionYear is null || x.Entry.Letter.EditionYear == editionYear)
            .Select(x => new PassageHit(
                x.Entry.Passage,
                x.Entry.Letter,
                x.Doc.Score,
                analysed.Count(c => c.French.Overlaps(x.Entry.French) || c.English.Overlaps(x.Entry.English)) / (double)analysed.Count))
            .OrderByDescending(h => h.Coverage)
            .ThenByDescending(h => h.Score)
            .Take(take)
            .ToList();
    }

    private static HashSet<string> Terms(Analyzer analyzer, string text)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        using var stream = analyzer.GetTokenStream("x", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }
}

/// <summary>One word of a question as asked, and the French the glossary gives for it (or the word itself).</summary>
public sealed record QueryConcept(string Asked, string French);
