using System.Text.Json;
using WsisBot.Bot.Channels.Teams;
using WsisBot.Bot.Hosting;
using WsisBot.Bot.Protocol;
using WsisBot.Data;
using WsisBot.Knowledge;

namespace WsisBot.Bot.Turns;

/// <summary>One turn: the incoming activity, the conversation's state, and what the bot sends back.</summary>
public sealed class TurnContext(Activity activity, ConversationData state, WsisBotDbContext db)
{
    private readonly List<Activity> _outgoing = [];
    private readonly List<TurnMeasurement> _measurements = [];

    public Activity Activity { get; } = activity;

    /// <summary>The conversation's state; replace it (records are immutable) and it is saved with the turn.</summary>
    public ConversationData State { get; set; } = state;

    /// <summary>The turn's database context: whatever a handler adds is saved in the same transaction as the state.</summary>
    public WsisBotDbContext Db { get; } = db;

    public Language Language { get; set; } = Knowledge.Language.French;

    public IReadOnlyList<Activity> Outgoing => _outgoing;

    /// <summary>What this turn counts; recorded only if the turn is saved.</summary>
    public IReadOnlyList<TurnMeasurement> Measurements => _measurements;

    /// <summary>
    /// What a card submitted: the message's value (Action.Submit), or the action data of an
    /// <c>adaptiveCard/action</c> invoke (Action.Execute, inputs merged).
    /// </summary>
    public JsonElement? SubmittedValue { get; } = ActionExecute.IsInvoke(activity) ? ActionExecute.Data(activity) : activity.Value;

    /// <summary>Set by invoke handlers; the channel returns it as the HTTP response.</summary>
    public InvokeResponse? InvokeResponse { get; set; }

    public void Send(Activity activity) => _outgoing.Add(activity);

    public void Unsend(Activity activity) => _outgoing.Remove(activity);

    public void Measure(TurnMeasurement measurement) => _measurements.Add(measurement);

    /// <summary>A markdown message in the conversation's language, optionally with suggested actions.</summary>
    public void SendText(string text, IReadOnlyList<CardAction>? suggestions = null) => Send(Activity.CreateReply() with
    {
        Text = text,
        TextFormat = TextFormats.Markdown,
        Locale = Language.ToLocale(),
        SuggestedActions = suggestions is { Count: > 0 } ? new SuggestedActions { Actions = suggestions } : null,
    });
}
