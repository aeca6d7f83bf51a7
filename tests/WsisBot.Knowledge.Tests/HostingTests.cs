using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using WsisBot.Knowledge.Facts;
using WsisBot.Knowledge.Llm;

namespace WsisBot.Knowledge.Tests;

/// <summary>The layer as the bot host runs it: AddKnowledge, the hosted watcher, readiness, hot reload.</summary>
public sealed class HostingTests
{
    private static IHost Build(string corpus, string now, IDictionary<string, string?>? more = null)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Knowledge:CorpusPath"] = corpus,
            ["Knowledge:ReloadDelay"] = "00:00:00.200",
        }.Concat(more ?? new Dictionary<string, string?>()));
        builder.Services.AddSingleton<TimeProvider>(new FixedClock(now));
        builder.Services.AddKnowledge(builder.Configuration);
        return builder.Build();
    }

    private static async Task<Answer> AskUntilAsync(IAnswerService answers, string question, Language language, Func<Answer, bool> done)
    {
        var answer = answers.Ask(question, language);
        for (var i = 0; i < 100 && !done(answer); i++)
        {
            await Task.Delay(100);
            answer = answers.Ask(question, language);
        }

        return answer;
    }

    [Fact]
    public async Task Starts_ready_and_answers_from_the_shipped_corpus_by_default()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddKnowledge(builder.Configuration);
        using var host = builder.Build();
        Assert.Equal(Path.Combine(AppContext.BaseDirectory, "Corpus"), host.Services.GetRequiredService<IOptions<KnowledgeOptions>>().Value.CorpusPath);

        await host.StartAsync();
        var knowledge = host.Services.GetRequiredService<KnowledgeBase>();
        for (var i = 0; i < 100 && !knowledge.IsReady; i++)
        {
            await Task.Delay(100);
        }

        Assert.True(knowledge.IsReady);
        Assert.Equal(5, host.Services.GetRequiredService<IKnowledgeFacts>().Current.Letters.Count);
        Assert.Same(knowledge, host.Services.GetRequiredService<IKnowledgeFacts>());
        Assert.Null(host.Services.GetService<IAnswerPhraser>());
        await host.StopAsync();
    }

    [Fact]
    public async Task Missing_corpus_folder_fails_at_start()
    {
        using var host = Build(Path.Combine(Path.GetTempPath(), "absent-" + Guid.NewGuid()), "2026-03-18T10:00:00Z");
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
        Assert.Contains("Knowledge:CorpusPath", error.Message);
    }

    [Fact]
    public async Task A_new_letter_dropped_while_running_is_answered_without_restart()
    {
        using var folder = new TestLetters.Folder(withShippedLetters: true);
        using var host = Build(folder.Path, "2027-02-10T09:00:00Z");
        await host.StartAsync();
        var answers = host.Services.GetRequiredService<IAnswerService>();
        Assert.Equal(AnswerKind.Abstain, answers.Ask("When is the WSIS Prizes deadline for 2027?", Language.English).Kind);

        folder.Write(TestLetters.Call2027FileName, TestLetters.Call2027);

        var deadline = await AskUntilAsync(answers, "When is the WSIS Prizes deadline?", Language.English, a => a.Text.Contains("2027"));
        Assert.Contains("is **12 April 2027**, in 61 days", deadline.Text);
        Assert.Contains("WSIS 2027", deadline.Text);
        Assert.Equal("SMSI 2027", Assert.Single(deadline.Citations).Reference);
        var bronze = answers.Ask("Combien coûte le partenariat Bronze ?", Language.French);
        Assert.Contains("**15 000 CHF**", bronze.Text);
        await host.StopAsync();
    }

    [Fact]
    public async Task Removed_and_broken_letters_are_picked_up_and_the_service_stays_up()
    {
        using var folder = new TestLetters.Folder(withShippedLetters: true);
        using var host = Build(folder.Path, "2026-03-18T10:00:00Z");
        await host.StartAsync();
        var knowledge = host.Services.GetRequiredService<KnowledgeBase>();
        var answers = host.Services.GetRequiredService<IAnswerService>();
        Assert.Contains("1 May 2026", answers.Ask("speaking slot deadline", Language.English).Text);

        File.Delete(Path.Combine(folder.Path, "2026-03-17_cl-26-17_invitation-forum-smsi-2026.txt"));
        folder.Write("2026-04-01_broken.pdf", [0x25, 0x50, 0x44, 0x46, 0x00, 0xFF]);

        // The two changes may land in two reloads: wait for the one that has both.
        var after = await AskUntilAsync(answers, "speaking slot deadline", Language.English,
            a => !a.Text.Contains("1 May 2026") && knowledge.Current.Skipped.Count > 0);
        Assert.DoesNotContain("1 May 2026", after.Text);
        Assert.Equal(4, knowledge.Current.Letters.Count);
        Assert.Equal("2026-04-01_broken.pdf", Assert.Single(knowledge.Current.Skipped).FileName);
        Assert.Contains("15 March 2026", answers.Ask("WSIS prizes deadline", Language.English).Text);
        await host.StopAsync();
    }
}
