using WsisBot.Tests.Escalation;

namespace WsisBot.Tests.Feedback;

/// <summary>The Web Chat and Teams feedback tests share one bot with an inbox (and run one after the other).</summary>
[CollectionDefinition(Name)]
public sealed class FeedbackCollection : ICollectionFixture<EscalationFixture>
{
    public const string Name = "Feedback";
}
