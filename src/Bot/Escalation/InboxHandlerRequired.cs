using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace WsisBot.Bot.Escalation;

/// <summary>
/// A request that selects none of an inbox page's handlers (PUT, TRACE, a POST to a page that has only named
/// handlers, <c>?handler=Nope</c>) is a 405. Razor Pages would otherwise render the page without running any
/// handler, and the ticket page, whose ticket a handler loads, failed with a 500.
/// </summary>
internal sealed class InboxHandlerRequired : IPageFilter
{
    public void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
    }

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        if (context.HandlerMethod is null)
        {
            context.Result = new StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
        }
    }

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
    }
}
