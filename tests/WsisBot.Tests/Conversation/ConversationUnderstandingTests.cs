using WsisBot.Testing;

namespace WsisBot.Tests.Conversation;

/// <summary>Follow-ups and the language of the words, through the whole bot over the Bot Connector protocol.</summary>
public sealed class ConversationUnderstandingTests(BotFixture fixture) : IClassFixture<BotFixture>
{
    [Fact]
    public async Task A_follow_up_leans_on_the_previous_question()
    {
        var conversation = fixture.NewConversation();

        var silver = await conversation.AskAsync("How much is the Silver partnership?");
        var gold = await conversation.AskAsync("and Gold?");
        var stand = await conversation.AskAsync("does it include a stand?");

        Assert.Contains("CHF 50,000", silver.Text, StringComparison.Ordinal);
        Assert.Contains("CHF 100,000", gold.Text, StringComparison.Ordinal);
        Assert.StartsWith("**Yes.** The **Gold** partnership", stand.Text, StringComparison.Ordinal);
        Assert.Contains("large stand", stand.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Quelle est la date limite des prix du SMSI ?", "en-US", "fr-FR", "15 mars 2026")]
    [InlineData("How much does the Gold partnership cost?", "fr-FR", "en-US", "CHF 100,000")]
    public async Task The_words_decide_the_language_not_the_clients_locale(string question, string locale, string replyLocale, string fact)
    {
        var conversation = fixture.NewConversation();

        var reply = await conversation.AskAsync(question, locale);

        Assert.Equal(replyLocale, reply.Activity.GetProperty("locale").GetString());
        Assert.Contains(fact, reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_text_too_short_to_tell_keeps_the_conversations_language()
    {
        var conversation = fixture.NewConversation();

        await conversation.AskAsync("Combien coûte le partenariat Argent ?", "en-US");
        var gold = await conversation.AskAsync("Gold ?", "en-US");

        Assert.Equal("fr-FR", gold.Activity.GetProperty("locale").GetString());
        Assert.Contains("100 000 CHF", gold.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_explicit_switch_holds_until_the_user_writes_clearly_in_the_other_language()
    {
        var conversation = fixture.NewConversation();

        await conversation.AskAsync("English please", "fr-FR");
        var help = await conversation.AskAsync("aide", "fr-FR");
        var french = await conversation.AskAsync("Quelle est la date limite des prix du SMSI ?", "fr-FR");

        Assert.Contains("Here is what I can do", help.Text, StringComparison.Ordinal);
        Assert.Equal("fr-FR", french.Activity.GetProperty("locale").GetString());
        Assert.Contains("15 mars 2026", french.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Starting_a_form_clears_the_thread()
    {
        var conversation = fixture.NewConversation();

        await conversation.AskAsync("How much is the Silver partnership?");
        await conversation.AskAsync("I want to become a partner");
        await conversation.AskAsync("cancel");
        var stand = await conversation.AskAsync("does it include a stand?");

        Assert.DoesNotContain("The **Silver** partnership", stand.Text, StringComparison.Ordinal);
        Assert.Contains("comes with: every tier", stand.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_thread_is_kept_in_the_database_and_survives_a_restart()
    {
        var sink = fixture.Sink;
        var databasePath = TempFiles.NewDatabasePath();
        var settings = new Dictionary<string, string?> { ["Clock:Now"] = "2026-03-18T10:00:00Z" };
        string conversationId;
        await using (var first = await BotServer.StartAsync(settings, databasePath))
        {
            var conversation = new ConnectorConversation(first.Client, sink);
            conversationId = conversation.ConversationId;
            await conversation.AskAsync("How much is the Silver partnership?");
        }

        await using var second = await BotServer.StartAsync(settings, databasePath);
        var resumed = new ConnectorConversation(second.Client, sink, conversationId: conversationId);
        var stand = await resumed.AskAsync("does it include a stand?");

        Assert.StartsWith("**Yes.** The **Silver** partnership", stand.Text, StringComparison.Ordinal);
        Assert.Contains("medium-sized stand", stand.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_a_long_pause_the_next_question_starts_afresh()
    {
        await using var bot = await BotServer.StartAsync(new Dictionary<string, string?>
        {
            ["Clock:Now"] = "2026-03-18T10:00:00Z",
            ["Conversation:FrameLifetime"] = "00:00:01",
        });
        var conversation = new ConnectorConversation(bot.Client, fixture.Sink);

        await conversation.AskAsync("How much is the Silver partnership?");
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        var stand = await conversation.AskAsync("does it include a stand?");

        Assert.Contains("comes with: every tier", stand.Text, StringComparison.Ordinal);
    }
}
