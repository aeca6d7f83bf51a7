namespace WsisBot.Knowledge.Facts;

/// <summary>A contact given in a letter's header.</summary>
/// <param name="Name">Person as written ("Mme Gitanjali Sah").</param>
/// <param name="Phone">Phone number, if given.</param>
/// <param name="Email">E-mail address, if given.</param>
/// <param name="Letter">The letter giving it.</param>
public sealed record Contact(string Name, string? Phone, string? Email, Citation Letter);
