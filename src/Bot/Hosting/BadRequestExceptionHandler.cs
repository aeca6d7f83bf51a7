using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.WebUtilities;

namespace WsisBot.Bot.Hosting;

/// <summary>
/// A body the client framed wrongly (a malformed chunk, a chunk longer than it announced) makes Kestrel throw
/// <see cref="BadHttpRequestException"/> from the handler's read. That is the client's error: its status (400),
/// a problem body, and no error in the log (the middleware does not log what a handler handled).
/// </summary>
internal sealed class BadRequestExceptionHandler(IProblemDetailsService problems, ILogger<BadRequestExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }

        logger.LogDebug("Refused a malformed request to {Path}: {Reason}", http.Request.Path, bad.Message);
        http.Response.StatusCode = bad.StatusCode;
        await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            Exception = exception,
            ProblemDetails = { Status = bad.StatusCode, Title = ReasonPhrases.GetReasonPhrase(bad.StatusCode), Detail = bad.Message },
        });
        return true;
    }
}
