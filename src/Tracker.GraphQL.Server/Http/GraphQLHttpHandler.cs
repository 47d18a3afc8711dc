using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Tracker.GraphQL.Server.Configuration;
using Tracker.GraphQL.Server.Execution;
using Tracker.GraphQL.Server.Subscriptions;

namespace Tracker.GraphQL.Server.Http;

/// <summary>
/// The GraphQL endpoint (GraphQL-over-HTTP): POST with a JSON body, GET for queries, multipart/mixed for operations
/// that defer or stream when the client accepts it, Server-Sent Events when the client accepts text/event-stream,
/// WebSocket (graphql-transport-ws) upgrades, and the playground for browsers.
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
        // The answer depends on Accept (page, JSON of either type, event stream): caches must key on it.
        context.Response.Headers.Vary = "Accept";
        // Data unless it is the playground, which sets its own.
        SecurityHeaders.Data.Apply(context.Response);
        var accept = context.Request.Headers.Accept.ToString();
        if ((HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)) && options.EnablePlayground && MediaTypes.AcceptsHtml(accept)
            && !context.Request.Query.ContainsKey("query") && !context.Request.Query.ContainsKey("extensions"))
        {
            await PlaygroundPage.WritePageAsync(context, path, options);
            return;
        }
        if (MediaTypes.AcceptsEventStream(accept) && MediaTypes.Negotiate(accept) is null && !HttpMethods.IsHead(context.Request.Method))
        {
            await ServerSentEventsHandler.HandleAsync(context, executor, options);
            return;
        }
        // Multipart only when the operation defers or streams; a client that accepts JSON too gets JSON otherwise.
        var multipart = !HttpMethods.IsHead(context.Request.Method) && MediaTypes.AcceptsIncrementalMultipart(accept);
        var mediaType = MediaTypes.Negotiate(accept);
        if (mediaType is null && !multipart)
        {
            context.Response.StatusCode = StatusCodes.Status406NotAcceptable;
            await ResponseWriter.WriteProblemAsync(context, StatusCodes.Status406NotAcceptable, MediaTypes.Json,
                "The request must accept application/graphql-response+json or application/json.", ServerErrorCodes.BadRequest);
            return;
        }
        // Refusals and request errors are JSON, even for a client that asked only for multipart (as Apollo Server's are).
        var errorType = mediaType ?? MediaTypes.Json;
        var (request, isGet, refusal) = await IncomingRequest.ReadAsync(context, options);
        if (refusal is not null)
        {
            await refusal.WriteAsync(context, errorType);
            return;
        }
        GraphQLResponse response;
        try
        {
            response = await executor.ExecuteAsync(request!, context.RequestServices, context, allowMutations: !isGet, context.RequestAborted, acceptsIncremental: multipart);
        }
        catch (MutationOverGetException)
        {
            await RequestRefusal.MutationOverGet.WriteAsync(context, errorType);
            return;
        }
        if (response.Incremental is { } incremental)
        {
            await using (incremental)
            {
                await MultipartResponseWriter.WriteAsync(context, incremental);
            }
            return;
        }
        if (mediaType is null && !response.IsRequestError)
        {
            await MultipartResponseWriter.WriteSingleAsync(context, response.Result);
            return;
        }
        // graphql-response+json: 400 when the request failed before execution; application/json: always 200.
        // An operation that defers or streams, for a client that cannot take several payloads: 406 (as Apollo Server).
        var status = response.IsNotAcceptable ? StatusCodes.Status406NotAcceptable
            : mediaType == MediaTypes.GraphQLResponse && response.IsRequestError ? StatusCodes.Status400BadRequest
            : StatusCodes.Status200OK;
        await ResponseWriter.WriteAsync(context, status, errorType, response.Result);
    }
}
