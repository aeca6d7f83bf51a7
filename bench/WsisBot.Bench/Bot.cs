using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using WsisBot.Evaluation;
using WsisBot.Knowledge;
using WsisBot.Knowledge.Composition;
using WsisBot.Knowledge.Facts;
using WsisBot.Knowledge.Ingestion;

namespace WsisBot.Bench;

/// <summary>The knowledge layer over the shipped corpus at the evaluation set's clock, loaded and warmed.</summary>
internal sealed class Bot
{
    public static readonly string Corpus = Path.Combine(AppContext.BaseDirectory, "Corpus");

    public Bot()
    {
        Set = EvaluationSet.Load();
        var options = Options.Create(new KnowledgeOptions { CorpusPath = Corpus });
        Base = new KnowledgeBase(new CorpusLoader(NullLogger<CorpusLoader>.Instance), options, new FixedClock(Set.Clock));
        Answers = new AnswerService(Base, options);
        foreach (var question in Set.Questions)
        {
            Ask(question.Text, question.Language);
        }
    }

    public EvaluationSet Set { get; }

    public KnowledgeBase Base { get; }

    public AnswerService Answers { get; }

    /// <summary>One turn's work: understand, then answer.</summary>
    public Answer Ask(string text, Language language) => Answers.Answer(Answers.Understand(text, language), language);
}
