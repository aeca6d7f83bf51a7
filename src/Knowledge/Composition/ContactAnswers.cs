using WsisBot.Knowledge.Facts;

namespace WsisBot.Knowledge.Composition;

/// <summary>Whom to contact: the newest letter's contact, with the phone number an earlier letter of the same person gives.</summary>
internal static class ContactAnswers
{
    public static Answer Compose(AnswerContext c)
    {
        var contact = c.Snapshot.ContactOf(c.DefaultEdition ? null : c.Edition);
        if (contact is null)
        {
            return Abstention.Because(c);
        }

        var sources = new List<Citation> { contact.Letter };
        if (contact.Phone is null
            && c.Snapshot.Contacts.Where(o => o.Phone is not null && SamePerson(o, contact)).MaxBy(o => o.Letter.LetterDate) is { } withPhone)
        {
            contact = contact with { Phone = withPhone.Phone };
            sources.Add(withPhone.Letter);
        }

        var lines = new List<string> { c.Pick($"Vous pouvez contacter le secrétariat du SMSI : **{contact.Name}**", $"You can contact the WSIS secretariat: **{contact.Name}**") };
        if (contact.Email is not null)
        {
            lines.Add(c.Bullet(c.Pick("Courriel", "E-mail"), contact.Email));
        }

        if (contact.Phone is not null)
        {
            lines.Add(c.Bullet(c.Pick("Téléphone", "Phone"), contact.Phone));
        }

        return c.Fact(string.Join('\n', lines), sources);
    }

    private static bool SamePerson(Contact a, Contact b) => a.Name.EndsWith(b.Name, StringComparison.Ordinal) || b.Name.EndsWith(a.Name, StringComparison.Ordinal);
}
