using Microsoft.Extensions.Options;
using WsisBot.Knowledge.Facts;
using WsisBot.Knowledge.Llm;
using WsisBot.Knowledge.Questions;

namespace WsisBot.Knowledge.Composition;

/// <summary>
/// The knowledge layer's face to the bot: reads a question against the snapshot in force and composes the
/// answer from the extracted facts (or a quoted passage, or an honest "I don't know"), as of the clock's today.
/// </summary>
public sealed class AnswerService(KnowledgeBase knowledge, IOptions<KnowledgeOptions> options, IAnswerPhraser? phraser = null) : IAnswerService
{
    private volatile ReaderFor? _reader;

    public Language? DetectLanguage(string text) => LanguageDetector.Detect(text);

    public Understanding Understand(string text, Language language) => Reader(knowledge.Current).Read(text, language, knowledge.Today);

    public Answer Answer(Understanding understanding, Language language)
    {
        var snapshot = knowledge.Current;
        var context = new AnswerContext(snapshot, understanding, language, knowledge.Today, understanding.EditionYear ?? snapshot.NewestEdition ?? knowledge.Today.Year);
        return Compose(context);
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
        if (u.Intent.IsConversation() || u.OutOfScopeTopic is not null || (u.Intent != Intent.Unknown && u.Confidence < options.Value.MinimumConfidence))
        {
            return Abstention.Because(c);
        }

        if (!c.Snapshot.Editions.Contains(c.Edition))
        {
            return Abstention.NoEdition(c);
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
