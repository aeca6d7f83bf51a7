using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using WsisBot.Knowledge.Llm;

namespace WsisBot.Knowledge.Tests;

/// <summary>Optional phrasing by the language model, checked against the letters, over the Azure OpenAI wire format on loopback.</summary>
public sealed class LlmTests : IAsyncLifetime
{
    private FakeAzureOpenAI _model = null!;
    private IHost _host = null!;

    public async Task InitializeAsync()
    {
        _model = await FakeAzureOpenAI.StartAsync();
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AzureOpenAI:Endpoint"] = _model.Endpoint.ToString(),
            ["AzureOpenAI:Deployment"] = "wsis-gpt",
            ["AzureOpenAI:ApiKey"] = "test-key",
        });
        builder.Services.AddSingleton<TimeProvider>(new FixedClock("2026-03-18T10:00:00Z"));
        builder.Services.AddKnowledge(builder.Configuration);
        _host = builder.Build();
    }

    public async Task DisposeAsync()
    {
        _host.Dispose();
        await _model.DisposeAsync();
    }

    private Task<Answer> AskAsync(string question)
    {
        var answers = _host.Services.GetRequiredService<IAnswerService>();
        return answers.AnswerAsync(answers.Understand(question, Language.English), Language.English);
    }

    [Fact]
    public async Task Faithful_model_answer_is_used_with_the_source_line()
    {
        _model.Reply = "The WSIS Prizes 2026 deadline was **15 March 2026**, so it has passed.";

        var answer = await AskAsync("When is the deadline for the WSIS Prizes?");

        Assert.StartsWith("The WSIS Prizes 2026 deadline was **15 March 2026**, so it has passed.", answer.Text);
        Assert.EndsWith("*Source: letter SMSI 2026 of 23 December 2025*", answer.Text);
        var request = Assert.Single(_model.Requests);
        Assert.Equal("wsis-gpt", request.Deployment);
        Assert.Equal("test-key", request.ApiKey);
        Assert.Contains("15 March 2026", request.Body);
    }

    [Fact]
    public async Task Model_answer_with_an_invented_date_falls_back_to_the_composed_one()
    {
        _model.Reply = "Good news: you can still submit to the WSIS Prizes until 30 April 2026.";

        var answer = await AskAsync("When is the deadline for the WSIS Prizes?");

        Assert.DoesNotContain("30 April", answer.Text);
        Assert.StartsWith("The deadline for the WSIS Prizes (WSIS 2026) was **15 March 2026** (passed", answer.Text);
        Assert.Single(_model.Requests);
    }

    [Fact]
    public async Task Model_answer_with_an_invented_amount_falls_back_too()
    {
        _model.Reply = "The Gold partnership costs CHF 95,000.";

        var answer = await AskAsync("How much does the Gold partnership cost?");

        Assert.Contains("CHF 100,000", answer.Text);
        Assert.DoesNotContain("95,000", answer.Text);
    }

    [Fact]
    public async Task Abstentions_are_not_sent_to_the_model()
    {
        var answer = await AskAsync("What's the weather like in Geneva?");

        Assert.Equal(AnswerKind.Abstain, answer.Kind);
        Assert.Empty(_model.Requests);
    }

    [Fact]
    public async Task Follow_up_is_rewritten_into_a_standalone_question_with_the_last_question_as_context()
    {
        var answers = _host.Services.GetRequiredService<IAnswerService>();
        var silver = answers.Understand("How much is the Silver partnership?", Language.English);
        _model.Reply = "How much does the Platinum partnership cost?";

        var offline = answers.Understand("and the one with two partners?", Language.English, silver.Frame);
        var followUp = await answers.RewriteFollowUpAsync(offline, silver.Frame, Language.English);

        Assert.Equal(Intent.Tier, followUp.Intent);
        Assert.Equal("platine", followUp.TierKey);
        Assert.True(followUp.FollowsUp);
        Assert.Equal("and the one with two partners?", followUp.Text);
        var request = Assert.Single(_model.Requests);
        Assert.Contains("How much is the Silver partnership?", request.Body);
        Assert.Contains("and the one with two partners?", request.Body);
    }

    [Fact]
    public async Task A_rewriting_that_reads_as_nothing_keeps_the_offline_follow_up()
    {
        var answers = _host.Services.GetRequiredService<IAnswerService>();
        var silver = answers.Understand("How much is the Silver partnership?", Language.English);
        _model.Reply = "I am sorry, I cannot help with that.";

        var followUp = await answers.RewriteFollowUpAsync(answers.Understand("and Gold?", Language.English, silver.Frame), silver.Frame, Language.English);

        Assert.Equal(Intent.Tier, followUp.Intent);
        Assert.Equal("or", followUp.TierKey);
    }

    [Fact]
    public async Task A_question_that_stands_on_its_own_is_not_sent_for_rewriting()
    {
        var answers = _host.Services.GetRequiredService<IAnswerService>();
        var silver = answers.Understand("How much is the Silver partnership?", Language.English);

        var venue = await answers.RewriteFollowUpAsync(answers.Understand("Where is the Forum held?", Language.English, silver.Frame), silver.Frame, Language.English);

        Assert.Equal(Intent.Venue, venue.Intent);
        Assert.Empty(_model.Requests);
    }

    [Fact]
    public void Model_is_wired_only_when_configured()
    {
        Assert.IsType<SemanticKernelPhraser>(_host.Services.GetRequiredService<IAnswerPhraser>());
        Assert.IsType<SemanticKernelRewriter>(_host.Services.GetRequiredService<IQuestionRewriter>());
    }
}
