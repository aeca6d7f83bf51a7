using Microsoft.Extensions.Options;
using WsisBot.Knowledge.Facts;
using WsisBot.Knowledge.Llm;
using WsisBot.Knowledge.Questions;

namespace WsisBot.Knowledge.Composition;

/// <summary>
/// The knowledge layer's face to the bot: reads a question against the snapshot in force and composes the
/// answer from the extracted facts (or a quoted passage, or an honest "I don't know"), as of the clock's today.
/// </summary>
public sealed class AnswerService(KnowledgeBase knowledge, IOptions<KnowledgeOptions> options, IAnswerPhraser? phraser = null, IQuestionRewriter? rewriter = null) : IAnswerService
{
    private volatile ReaderFor? _reader;

    public Language? DetectLanguage(string text) => LanguageDetector.Detect(text);

    public Understanding Understand(string text, Language language, QuestionFrame? previous = null) =>
        Reader(knowledge.Current).Read(text, language, knowledge.Today, previous);

    /// <summary>
    /// A follow-up rewritten by the model into a standalone question is read on its own; when the model fails, or its question
    /// reads as a chat turn, or as nothing the letters answer while the follow-up did, the offline reading stands.
    /// </summary>
    public async Task<Understanding> RewriteFollowUpAsync(Understanding followUp, QuestionFrame previous, Language language, CancellationToken cancellationToken = default)
    {
        if (rewriter is null || !followUp.FollowsUp)
        {
            return followUp;
        }

        var standalone = await rewriter.RewriteAsync(followUp.Text, previous, language, cancellationToken);
        if (standalone is null)
        {
            return followUp;
        }

        var rewritten = Understand(standalone, language);
        var readsAsNothing = rewritten.Intent.IsConversation() || (rewritten.Intent == Intent.Unknown && followUp.Intent != Intent.Unknown);
        return readsAsNothing ? followUp : rewritten with { Text = followUp.Text, SearchText = standalone, FollowsUp = true };
    }

    public Answer Answer(Understanding understanding, Language language)
    {
        var snapshot = knowledge.Current;
        if (understanding.Parts.Count > 1)
        {
            return Several(understanding.Parts.Select(part => Answer(part, language)).ToList());
        }

        var context = new AnswerContext(snapshot, understanding, language, knowledge.Today, understanding.EditionYear ?? snapshot.NewestEdition ?? knowledge.Today.Year);
        var composed = Compose(context);
        return understanding.UnstatedDetail is not null && composed.Kind != AnswerKind.Abstain
            ? Abstention.Unstated(context, composed)
            : composed;
    }

    // A message that asked several questions: each answer in turn, the sources of all.
    private static Answer Several(List<Answer> answers)
    {
        var answered = answers.Where(a => a.Kind != AnswerKind.Abstain).ToList();
        if (answered.Count == 0)
        {
            return answers[0];
        }

        return new Answer(
            answered.Any(a => a.Kind == AnswerKind.Fact) ? AnswerKind.Fact : AnswerKind.Passage,
            answered[0].Intent,
            string.Join("\n\n---\n\n", answers.Select(a => a.Text)),
            answered.SelectMany(a => a.Citations).Distinct().ToList(),
            answered.Min(a => a.Confidence));
    }

    public async Task<Answer> AnswerAsync(Understanding understanding, Language language, CancellationToken cancellationToken = default)
    {
        var composed = Answer(understanding, language);
        return phraser is null || composed.Kind is not (AnswerKind.Fact or AnswerKind.Passage)
            ? composed
            : await phraser.PhraseAsync(composed, understanding, language, knowledge.Current, cancellationToken);
    }

    private Answer Compose(AnswerContext c)
    {
        var u = c.Question;
        if (u.Intent.IsConversation() || u.OutOfScopeTopic is not null || (u.Intent != Intent.Unknown && u.Confidence < options.Value.MinimumConfidence)
            || (u.Intent == Intent.Unknown && u.UnstatedDetail is not null))
        {
            return Abstention.Because(c);
        }

        if (!c.Snapshot.Editions.Contains(c.Edition))
        {
            // "Which resolution renewed the mandate until 2035?": a year no edition has is what an open question is about.
            return u.Intent == Intent.Unknown ? PassageAnswers.Mentioning(c, c.Edition) ?? Abstention.Because(c) : Abstention.NoEdition(c);
        }

        // "Les deux phases du Sommet, c'était où et quand ?": where and when of something that is not an event of the letters.
        if (u.Intent is Intent.Venue or Intent.Dates && u.Event is null && u.Topic.Count > 0 && PassageAnswers.AboutTopic(c) is { } topic)
        {
            return topic;
        }

        return u.Intent switch
        {
            Intent.Deadline => DeadlineAnswers.Compose(c),
            Intent.Tier or Intent.TierComparison => TierAnswers.Compose(c),
            Intent.Venue => EventAnswers.Venue(c),
            Intent.Dates => EventAnswers.Dates(c),
            Intent.Event => EventAnswers.Event(c),
            Intent.Registration => ProgrammeAnswers.Registration(c),
            Intent.Contact => ContactAnswers.Compose(c),
            Intent.TrustFund => ProgrammeAnswers.TrustFund(c),
            Intent.WhatCanISubmit => ProgrammeAnswers.WhatCanISubmit(c),
            Intent.Submit => ProgrammeAnswers.Submit(c),
            Intent.WhereToSubmit => ProgrammeAnswers.WhereToSubmit(c),
            Intent.Signatory => LetterAnswers.Signatories(c),
            Intent.Letters => LetterAnswers.Letters(c),
            _ => PassageAnswers.Compose(c),
        };
    }

    // One reader per snapshot: its spelling list holds the corpus words.
    private QuestionReader Reader(KnowledgeSnapshot snapshot)
    {
        var cached = _reader;
        if (cached is not null && ReferenceEquals(cached.Snapshot, snapshot))
        {
            return cached.Reader;
        }

        var reader = new QuestionReader(snapshot);
        _reader = new ReaderFor(snapshot, reader);
        return reader;
    }

    private sealed record ReaderFor(KnowledgeSnapshot Snapshot, QuestionReader Reader);
}
