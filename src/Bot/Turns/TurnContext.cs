using System.Text.Json;
using WsisBot.Bot.Hosting;
using WsisBot.Bot.Protocol;
using WsisBot.Knowledge;

namespace WsisBot.Bot.Turns;

/// <summary>
/// One turn: the incoming activity, the conversation's state, and what the bot sends back. Disposed once the
/// turn's save is done or failed.
/// </summary>
public sealed class TurnContext(Activity activity, ConversationData state, TurnStore store) : IDisposable
{
    private readonly List<Activity> _outgoing = [];
    private readonly List<TurnMeasurement> _measurements = [];
    private readonly Dictionary<Activity, AnswerRecord> _answers = new(ReferenceEqualityComparer.Instance);

    public Activity Activity { get; } = activity;

    /// <summary>The conversation's state; replace it (records are immutable) and it is saved with the turn.</summary>
    public ConversationData State { get; set; } = state;

    /// <summary>What the turn reads and adds beyond its state, saved in the same unit of work.</summary>
    public TurnStore Store { get; } = store;

    /// <summary>The turn's language; the router resolves it from the words, until then the conversation's or the locale's.</summary>
    public Language Language { get; set; } = state.Language ?? LanguageExtensions.FromLocale(activity.Locale) ?? Knowledge.Language.French;

    public IReadOnlyList<Activity> Outgoing => _outgoing;

    /// <summary>What this turn counts; recorded only if the turn is saved.</summary>
    public IReadOnlyList<TurnMeasurement> Measurements => _measurements;

    /// <summary>
    /// What a card submitted: the message's value (Action.Submit), or the action data of an
    /// <c>adaptiveCard/action</c> invoke (Action.Execute, inputs merged).
    /// </summary>
    public JsonElement? SubmittedValue { get; } = AdaptiveCardInvoke.Is(activity) ? AdaptiveCardInvoke.Data(activity) : activity.Value;

    /// <summary>Set by invoke handlers; the channel returns it as the HTTP response.</summary>
    public InvokeResponse? InvokeResponse { get; set; }

    public void Send(Activity activity) => _outgoing.Add(activity);

    /// <summary>Sends an answer from the letters; its transcript row keeps <paramref name="answer"/> for the feedback it may get.</summary>
    public void SendAnswer(Activity activity, AnswerRecord answer)
    {
        Send(activity);
        _answers[activity] = answer;
    }

    /// <summary>What <see cref="SendAnswer"/> recorded for an outgoing activity; null for any other.</summary>
    public AnswerRecord? AnswerOf(Activity activity) => _answers.GetValueOrDefault(activity);

    public void Unsend(Activity activity) => _outgoing.Remove(activity);

    public void Measure(TurnMeasurement measurement) => _measurements.Add(measurement);

    /// <summary>A markdown message in the conversation's language, optionally with suggested actions.</summary>
    public void SendText(string text, IReadOnlyList<CardAction>? suggestions = null) => Send(TextReply(text, suggestions));

    /// <summary>The message <see cref="SendText"/> sends, not yet sent.</summary>
    public Activity TextReply(string text, IReadOnlyList<CardAction>? suggestions = null) => Activity.CreateReply() with
    {
        Text = text,
        TextFormat = TextFormats.Markdown,
        Locale = Language.ToLocale(),
        SuggestedActions = suggestions is { Count: > 0 } ? new SuggestedActions { Actions = suggestions } : null,
    };

    public void Dispose() => Store.Dispose();
}
