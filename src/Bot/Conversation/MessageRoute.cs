using WsisBot.Bot.Submissions;
using WsisBot.Knowledge;

namespace WsisBot.Bot.Conversation;

/// <summary>Where a user's message goes.</summary>
public enum Destination
{
    /// <summary>A question for the letters: the knowledge layer answers it (or abstains and the secretariat is offered).</summary>
    Question,

    /// <summary>"aide", "help", "?": what the bot can do.</summary>
    Help,

    /// <summary>"bonjour", "hello".</summary>
    Greeting,

    /// <summary>"merci", "thanks", "ok".</summary>
    Thanks,

    /// <summary>"no" / « non » to the bot's offer to reach the secretariat.</summary>
    DeclineOffer,

    /// <summary>"je voudrais parler à quelqu'un", "human please", the offer's button: a ticket for the secretariat.</summary>
    HandOver,

    /// <summary>"mes soumissions", "my submissions": the list of the user's own submissions.</summary>
    MySubmissions,

    /// <summary>"afficher WSIS-…", "withdraw WSIS-…": one of the user's own submissions.</summary>
    SubmissionCommand,

    /// <summary>A start command, or a wish to submit that names the programme: that form.</summary>
    StartForm,

    /// <summary>A wish to submit that names no programme, or "what can I submit?": the forms and whether they are open.</summary>
    WhichForm,
}

/// <summary>What a user's message asks, as <see cref="MessageRouter.Read"/> decides it.</summary>
/// <param name="To">Where it goes.</param>
/// <param name="Understanding">The knowledge layer's reading of the text.</param>
/// <param name="Form">The form to start, for <see cref="Destination.StartForm"/>.</param>
/// <param name="Standalone">
/// The message is a request to the bot and nothing else ("help", "mes soumissions", "I'd like to talk to someone", a command):
/// a form in progress takes it as that request rather than as the answer to its field.
/// </param>
public sealed record MessageRoute(Destination To, Understanding Understanding, SubmissionForm? Form = null, bool Standalone = false)
{
    /// <summary>In a form, asking to submit is answered from the letters: the form in progress is not left for another.</summary>
    public MessageRoute InsideForm() => To is Destination.StartForm or Destination.WhichForm ? this with { To = Destination.Question, Form = null } : this;
}
