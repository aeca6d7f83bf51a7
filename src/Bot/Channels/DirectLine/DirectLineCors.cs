using Microsoft.Extensions.Options;

namespace WsisBot.Bot.Channels.DirectLine;

/// <summary>
/// Direct Line is called from any page that embeds the widget (bearer tokens, no cookies), so any origin may;
/// the token endpoint hands out tokens, so only the configured origins may call it from the browser.
/// </summary>
internal static class DirectLineCors
{
    public const string Protocol = "directline";
    public const string TokenEndpoint = "directline-token";

    private static readonly string[] Headers = ["Authorization", "Content-Type", "Accept", "x-ms-bot-agent"];

    public static void AddDirectLineCors(this IServiceCollection services) =>
        services.AddCors().AddOptions<Microsoft.AspNetCore.Cors.Infrastructure.CorsOptions>()
            .Configure<IOptions<DirectLineOptions>>((cors, directLine) =>
            {
                cors.AddPolicy(Protocol, policy => policy.AllowAnyOrigin().WithHeaders(Headers).WithMethods("GET", "POST").SetPreflightMaxAge(TimeSpan.FromHours(1)));
                cors.AddPolicy(TokenEndpoint, policy => policy.WithOrigins(directLine.Value.AllowedOrigins).WithHeaders(Headers).WithMethods("POST"));
            });
}
