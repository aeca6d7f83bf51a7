using WsisBot.Knowledge.Facts;

namespace WsisBot.Knowledge.Retrieval;

/// <summary>A passage found for a question: its Lucene score and the share of the question's words it covers.</summary>
public sealed record PassageHit(Passage Passage, Letter Letter, float Score, double Coverage);
