namespace WsisBot.Knowledge.Tests.Letters;

/// <summary>The questions people ask of a letter, asked of two readings of it: deadlines, dates, each tier's price and everything each tier includes.</summary>
public static class SameAnswers
{
    public static void Assert(string expectedFolder, string actualFolder, string now)
    {
        var expected = new Knowledge(now, expectedFolder);
        var actual = new Knowledge(now, actualFolder);
        var tiers = expected.Base.Current.Tiers;
        Xunit.Assert.NotEmpty(tiers);
        string[] questions =
        [
            "Quelles sont les dates limites ?", "When is the Forum?", "Où se tient le Forum ?", "What are the partnership tiers and their prices?",
            .. tiers.Select(t => $"Combien coûte le partenariat {t.FrenchName} ?"),
            .. tiers.Select(t => $"What does the {t.EnglishName} partnership include?"),
            .. tiers.Select(t => $"Que comprend le partenariat {t.FrenchName} ?"),
        ];
        foreach (var question in questions)
        {
            Xunit.Assert.Equal(expected.Ask(question).Text, actual.Ask(question).Text);
        }
    }
}
