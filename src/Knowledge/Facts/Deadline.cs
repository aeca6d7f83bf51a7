namespace WsisBot.Knowledge.Facts;

/// <summary>A submission deadline stated in a letter, e.g. the Prizes deadline of the 2026 edition.</summary>
/// <param name="Programme">What is submitted by this date.</param>
/// <param name="Date">The last day to submit.</param>
/// <param name="EditionYear">Forum edition of the letter that states it.</param>
/// <param name="Sentence">The sentence the date came from, as written in the letter.</param>
/// <param name="Letter">The letter stating it.</param>
public sealed record Deadline(Programme Programme, DateOnly Date, int EditionYear, string Sentence, Citation Letter);
