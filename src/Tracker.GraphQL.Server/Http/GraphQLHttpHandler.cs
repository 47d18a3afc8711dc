using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Tracker.GraphQL.Execution.Limits;
using Tracker.GraphQL.Server.Configuration;
using Tracker.GraphQL.Server.Execution;
using Tracker.GraphQL.Server.Subscriptions;

namespace Tracker.GraphQL.Server.Http;

/// <summary>
/// The GraphQL endpoint (GraphQL-over-HTTP): POST with a JSON body, GET for queries, Server-Sent Events when the
/// client accepts text/event-stream, WebSocket (graphql-transport-ws) upgrades, and the playground for browsers.
/// </summary>
internal sealed class GraphQLHttpHandler(RequestExecutor executor, GraphQLServerOptions options, string path)
{
    public async Task HandleAsync(HttpContext context)
    {
        if (context.WebSockets.IsWebSocketRequest)
        {
            await context.RequestServices.GetRequiredService<GraphQLWebSocketHandler>().HandleAsync(context);
            return;
        }
        var accept = context.Request.Headers.Accept.ToString();
        if (HttpMethods.IsGet(context.Request.Method) && options.EnablePlayground && MediaTypes.AcceptsHtml(accept)
            && !context.Request.Query.ContainsKey("query") && !context.Request.Query.ContainsKey("extensions"))
        {
            await PlaygroundPage.WritePageAsync(context, path, options);
            return;
        }
        if (MediaTypes.AcceptsEventStream(accept) && MediaTypes.Negotiate(accept) is null)
        {
            await ServerSentEventsHandler.HandleAsync(context, executor, options);
            return;
        }
        var mediaType = MediaTypes.Negotiate(accept);
        if (mediaType is null)
        {
            context.Response.StatusCode = StatusCodes.Status406NotAcceptable;
            await ResponseWriter.WriteProblemAsync(context, StatusCodes.Status406NotAcceptable, MediaTypes.Json,
                "The request must accept application/graphql-response+json or application/json.", ServerErrorCodes.BadRequest);
            return;
        }
        GraphQLRequest? request;
        string? problem;
        var isGet = HttpMethods.IsGet(context.Request.Method);
        if (isGet)
        {
            (request, problem) = RequestParser.ReadQueryString(context.Request.Query);
        }
        else if (HttpMethods.IsPost(context.Request.Method))
        {
            if (context.Request.ContentLength > options.MaxRequestBodyBytes)
            {
                await TooLarge(context, mediaType);
                return;
            }
            if (!IsJson(context.Request.ContentType))
            {
                await ResponseWriter.WriteProblemAsync(context, StatusCodes.Status415UnsupportedMediaType, mediaType,
                    "The request body must be application/json.", ServerErrorCodes.BadRequest);
                return;
            }
            try
            {
                (request, problem) = await RequestParser.ReadBodyAsync(context.Request, options.MaxRequestBodyBytes, context.RequestAborted);
            }
            catch (RequestTooLargeException)
            {
                await TooLarge(context, mediaType);
                return;
            }
        }
        else
        {
            context.Response.Headers.Allow = "GET, POST";
            await ResponseWriter.WriteProblemAsync(context, StatusCodes.Status405MethodNotAllowed, mediaType,
                $"The method {context.Request.Method} is not allowed; use POST (or GET for queries).", ServerErrorCodes.MethodNotAllowed);
            return;
        }
        if (request is null)
        {
            await ResponseWriter.WriteProblemAsync(context, StatusCodes.Status400BadRequest, mediaType, problem!, ServerErrorCodes.BadRequest);
            return;
        }
        GraphQLResponse response;
        try
        {
            response = await executor.ExecuteAsync(request, context.RequestServices, context, allowMutations: !isGet, context.RequestAborted);
        }
        catch (MutationOverGetException)
        {
            context.Response.Headers.Allow = "POST";
            await ResponseWriter.WriteProblemAsync(context, StatusCodes.Status405MethodNotAllowed, mediaType,
                "Mutations cannot be sent with GET; use POST.", ServerErrorCodes.MethodNotAllowed);
            return;
        }
        // graphql-response+json: 400 when the request failed before execution; application/json: always 200.
        var status = mediaType == MediaTypes.GraphQLResponse && response.IsRequestError ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
        await ResponseWriter.WriteAsync(context, status, mediaType, response.Result);
    }

    private Task TooLarge(HttpContext context, string mediaType) =>
        ResponseWriter.WriteProblemAsync(context, StatusCodes.Status413PayloadTooLarge, mediaType,
            $"The request body is larger than {options.MaxRequestBodyBytes} bytes.", LimitErrorCodes.RequestTooLarge);

    private static bool IsJson(string? contentType) =>
        contentType is not null
        && (contentType.StartsWith(MediaTypes.Json, StringComparison.OrdinalIgnoreCase)
            || contentType.StartsWith(MediaTypes.GraphQLResponse, StringComparison.OrdinalIgnoreCase));
}
