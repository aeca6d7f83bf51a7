using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using WsisBot.Evaluation;
using WsisBot.Knowledge;
using WsisBot.Knowledge.Composition;
using WsisBot.Knowledge.Facts;
using WsisBot.Knowledge.Ingestion;

namespace WsisBot.Bench;

/// <summary>The knowledge layer over the shipped corpus at the evaluation sets' clock, loaded and warmed on every turn of every set.</summary>
internal sealed class Bot
{
    public static readonly string Corpus = Path.Combine(AppContext.BaseDirectory, "Corpus");

    public Bot()
    {
        var sets = EvaluationSet.ShippedPaths.Select(p => EvaluationSet.Load(p)).ToList();
        var options = Options.Create(new KnowledgeOptions { CorpusPath = Corpus });
        Base = new KnowledgeBase(new CorpusLoader(NullLogger<CorpusLoader>.Instance), options, new FixedClock(sets[0].Clock));
        Answers = new AnswerService(Base, options);
        // Each conversation's turns in order, each read against the frame of the one before, as the bot reads them.
        Questions = sets.SelectMany(s => s.Conversations)
            .SelectMany(d => d.Turns.Select((t, i) => new Question(t.Text, t.ReplyLanguage(d.Locale), d.Turns.Take(i).Select(p => p.Text).ToList())))
            .ToList();
        foreach (var question in Questions)
        {
            Ask(question);
        }
    }

    /// <summary>Every turn of the shipped evaluation sets, with the language its answer is written in and the turns before it.</summary>
    public IReadOnlyList<Question> Questions { get; }

    public KnowledgeBase Base { get; }

    public AnswerService Answers { get; }

    /// <summary>One turn's work: understand (against the previous turn's frame), then answer.</summary>
    public Answer Ask(string text, Language language, QuestionFrame? previous = null) =>
        Answers.Answer(Answers.Understand(text, language, previous), language);

    /// <summary>A turn with its conversation so far: the frame of the turn before is read untimed, then the turn itself.</summary>
    public Answer Ask(Question question)
    {
        var frame = FrameBefore(question);
        return Ask(question.Text, question.Language, frame);
    }

    public QuestionFrame? FrameBefore(Question question)
    {
        QuestionFrame? frame = null;
        foreach (var before in question.Before)
        {
            frame = Answers.Understand(before, question.Language, frame).Frame;
        }

        return frame;
    }
}

internal sealed record Question(string Text, Language Language, IReadOnlyList<string> Before);
