using WsisBot.Knowledge;
using WsisBot.Knowledge.Facts;

namespace WsisBot.Bot.Submissions;

/// <summary>What the forms need from the letters, as of now: where each programme stands, tiers, high-level sessions.</summary>
public sealed record FormFacts(
    int EditionYear,
    IReadOnlyDictionary<Programme, ProgrammeStatus> Status,
    IReadOnlyList<FieldChoice> Tiers,
    IReadOnlyList<FieldChoice> HighLevelSessions,
    Contact? Contact)
{
    public ProgrammeStatus StatusOf(Programme programme) => Status[programme];
}
