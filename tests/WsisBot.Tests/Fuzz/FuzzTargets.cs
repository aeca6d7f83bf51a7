namespace WsisBot.Tests.Fuzz;

/// <summary>What the fuzz aims with besides garbage: real ids, a real token and another conversation's, the inbox's sessions.</summary>
public sealed record FuzzTargets(
    string ConversationId,
    string Token,
    string OtherConversationId,
    string OtherToken,
    long TicketId,
    string ConnectorConversationId,
    string ServiceUrl,
    (string Cookies, string Token) Staff,
    (string Cookies, string Token) Visitor)
{
    public static FuzzTargets Of(FuzzFixture fixture) => new(
        fixture.Fuzzed.ConversationId, fixture.Fuzzed.Token, fixture.Other.ConversationId, fixture.Other.Token, fixture.TicketId,
        fixture.Connector.ConversationId, fixture.Sink.ServiceUrl, fixture.Staff, fixture.Visitor);
}
