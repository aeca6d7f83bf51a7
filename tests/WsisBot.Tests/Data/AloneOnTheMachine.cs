namespace WsisBot.Tests.Data;

/// <summary>
/// Tests that measure how the OS schedules two writers run alone, after every parallel test: another test loading the
/// letters beside them keeps a woken waiter off the CPU longer than a writer steps aside, and fairness is then untested.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AloneOnTheMachine
{
    public const string Name = "Alone on the machine";
}
