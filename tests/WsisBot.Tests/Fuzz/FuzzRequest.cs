namespace WsisBot.Tests.Fuzz;

/// <summary>One hostile request aimed at a route; <paramref name="IsRoutedMethod"/> says whether the route answers its method.</summary>
public sealed record FuzzRequest(MappedRoute Route, bool IsRoutedMethod, string Description, HttpRequestMessage Message) : IDisposable
{
    public void Dispose() => Message.Dispose();
}
