using Microsoft.AspNetCore.Http;
using Tracker.GraphQL.Server.Execution;

namespace Tracker.GraphQL.Server.Http;

/// <summary>Why a request was refused before execution: its HTTP status, message, code and Allow header.</summary>
internal sealed record RequestRefusal(int Status, string Message, string Code, string? Allow = null)
{
    public Task WriteAsync(HttpContext context, string mediaType)
    {
        if (ReferenceEquals(this, ClientGone))
        {
            return Task.CompletedTask;
        }
        if (Allow is not null)
        {
            context.Response.Headers.Allow = Allow;
        }
        return ResponseWriter.WriteProblemAsync(context, Status, mediaType, Message, Code);
    }

    /// <summary>The client went away before its request could be read: nobody is left to answer, so nothing is written.</summary>
    public static RequestRefusal ClientGone { get; } = new(StatusCodes.Status499ClientClosedRequest, "The client closed the request.", ServerErrorCodes.BadRequest);

    public static RequestRefusal MutationOverGet { get; } = new(StatusCodes.Status405MethodNotAllowed, "Mutations cannot be sent with GET; use POST.", ServerErrorCodes.MethodNotAllowed, "POST");
}
