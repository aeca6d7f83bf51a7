namespace WsisBot.Tests.Fuzz;

/// <summary>The endpoint and stream fuzzes share one bot (and run one after the other).</summary>
[CollectionDefinition(Name)]
public sealed class FuzzCollection : ICollectionFixture<FuzzFixture>
{
    public const string Name = "Fuzz";
}
