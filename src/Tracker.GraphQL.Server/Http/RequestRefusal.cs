using Microsoft.AspNetCore.Http;
using Tracker.GraphQL.Server.Execution;

namespace Tracker.GraphQL.Server.Http;

/// <summary>Why a request was refused before execution: its HTTP status, message, code and Allow header.</summary>
internal sealed record RequestRefusal(int Status, string Message, string Code, string? Allow = null)
{
    public Task WriteAsync(HttpContext context, string mediaType)
    {
        if (Allow is not null)
        {
            context.Response.Headers.Allow = Allow;
        }
        return ResponseWriter.WriteProblemAsync(context, Status, mediaType, Message, Code);
    }

    public static RequestRefusal MutationOverGet { get; } = new(StatusCodes.Status405MethodNotAllowed, "Mutations cannot be sent with GET; use POST.", ServerErrorCodes.MethodNotAllowed, "POST");
}
