namespace WsisBot.Knowledge.Facts;

/// <summary>Where a programme stands today: its deadline for the edition, if the letters give one, and whether it is still open.</summary>
/// <param name="Programme">The programme.</param>
/// <param name="EditionYear">The edition looked at.</param>
/// <param name="Deadline">The deadline, or null when no letter of the edition states one.</param>
/// <param name="IsOpen">True until the end of the deadline day; true as well when no deadline is stated.</param>
/// <param name="DaysLeft">Days from today to the deadline (negative once passed), null without a deadline.</param>
public sealed record ProgrammeStatus(Programme Programme, int EditionYear, Deadline? Deadline, bool IsOpen, int? DaysLeft);

/// <summary>A corpus file that could not be read; the rest of the corpus is served without it.</summary>
public sealed record SkippedFile(string FileName, string Reason);
