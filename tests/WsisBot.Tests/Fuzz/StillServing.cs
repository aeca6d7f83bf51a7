using System.Net;
using Microsoft.Extensions.Logging;
using WsisBot.Bot.Turns;
using WsisBot.Knowledge;
using WsisBot.Testing;

namespace WsisBot.Tests.Fuzz;

/// <summary>What must hold after a fuzz: the process answers, the fuzzed conversations still answer a normal message, nothing was logged as an error.</summary>
public static class StillServing
{
    private static readonly string[] Apologies = [TurnErrorHandler.Apology(Language.French), TurnErrorHandler.Apology(Language.English)];

    public static async Task AssertHealthyAsync(BotServer bot)
    {
        using var health = await bot.Client.GetAsync(new Uri("/healthz", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    /// <summary>"aide" gets the bot's answer (not the apology of a failed turn) within the poll's timeout.</summary>
    public static async Task AssertAnswersAsync(DirectLineClient chat)
    {
        var id = await chat.PostAsync(chat.Message("aide", "fr-FR"));
        var reply = await chat.PollForAsync(a => a.IsReplyTo(id));
        Assert.DoesNotContain(reply.Text(), Apologies);
    }

    public static async Task AssertAnswersAsync(ConnectorConversation conversation)
    {
        var reply = await conversation.AskAsync("aide", "fr-FR");
        Assert.False(string.IsNullOrEmpty(reply.Text));
        Assert.DoesNotContain(reply.Text, Apologies);
    }

    /// <summary>No error at all in the bot's log: an unhandled exception, a failed turn, a crashed socket all log one.</summary>
    public static void AssertNoErrorsLogged(BotServer bot) =>
        Assert.Empty(bot.Logs.Lines.Where(l => l.Level >= LogLevel.Error).Select(l => $"{l.Category}: {l.Message}\n{l.Exception}"));
}
