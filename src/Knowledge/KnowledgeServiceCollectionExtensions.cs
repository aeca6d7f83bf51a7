using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.SemanticKernel;
using WsisBot.Knowledge.Composition;
using WsisBot.Knowledge.Facts;
using WsisBot.Knowledge.Ingestion;
using WsisBot.Knowledge.Llm;

namespace WsisBot.Knowledge;

public static class KnowledgeServiceCollectionExtensions
{
    /// <summary>
    /// Registers the knowledge layer as singletons: <see cref="IAnswerService"/>, <see cref="IKnowledgeFacts"/> and
    /// <see cref="KnowledgeBase"/> (readiness: <see cref="KnowledgeBase.IsReady"/>), the corpus loader and the hosted
    /// <see cref="CorpusWatcher"/> that loads the letters at start-up and on every change. Options: section
    /// <c>Knowledge</c> (<see cref="KnowledgeOptions"/>, validated at start: the corpus folder must exist).
    /// The language model is wired only when <c>AzureOpenAI:Endpoint</c>, <c>:Deployment</c> and <c>:ApiKey</c> are all set.
    /// Uses the registered <see cref="TimeProvider"/> (the system clock unless the host registers another).
    /// </summary>
    public static IServiceCollection AddKnowledge(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<KnowledgeOptions>()
            .Bind(configuration.GetSection(KnowledgeOptions.Section))
            .Validate(o => Directory.Exists(o.CorpusPath), "Knowledge:CorpusPath must name an existing folder.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<CorpusLoader>();
        services.AddSingleton<KnowledgeBase>();
        services.AddSingleton<IKnowledgeFacts>(sp => sp.GetRequiredService<KnowledgeBase>());
        services.AddSingleton<IAnswerService, AnswerService>();
        services.AddHostedService<CorpusWatcher>();

        var llm = configuration.GetSection(AzureOpenAIOptions.Section);
        services.Configure<AzureOpenAIOptions>(llm);
        var settings = llm.Get<AzureOpenAIOptions>();
        if (settings?.IsConfigured == true)
        {
            services.AddAzureOpenAIChatCompletion(settings.Deployment!, settings.Endpoint!, settings.ApiKey!);
            services.AddSingleton<IAnswerPhraser, SemanticKernelPhraser>();
            services.AddSingleton<IQuestionRewriter, SemanticKernelRewriter>();
        }

        return services;
    }
}
