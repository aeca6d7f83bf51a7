using WsisBot.Knowledge.Vocabulary;

namespace WsisBot.Knowledge.Questions;

/// <summary>What the reader knows of a question read on its own, for <see cref="FollowUp"/>.</summary>
/// <param name="ForumNamed">The Forum itself is named ("where is the forum?"): an event of the previous question does not carry over.</param>
/// <param name="SlotsOnly">Every word names a slot or is a function word ("et l'Argent ?", "and in 2024?").</param>
/// <param name="AcrossTiers">The question asks across tiers ("which tiers…", "all tiers"): no tier of the previous question carries over.</param>
/// <param name="Leftover">Words the vocabulary does not know ("attended", "phases"): a question with some says what it is about.</param>
/// <param name="SaysFollowUp">The message says it follows up ("and …", "it", « et … », « ça »).</param>
internal sealed record Reading(Understanding Understanding, Phrases Words, bool ForumNamed, bool SlotsOnly, bool AcrossTiers, IReadOnlyList<string> Leftover, bool SaysFollowUp);
