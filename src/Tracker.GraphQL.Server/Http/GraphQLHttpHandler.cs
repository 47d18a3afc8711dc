using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Tracker.GraphQL.Server.Caching;
using Tracker.GraphQL.Server.Configuration;
using Tracker.GraphQL.Server.EventStreams;
using Tracker.GraphQL.Server.Execution;
using Tracker.GraphQL.Server.Subscriptions;

namespace Tracker.GraphQL.Server.Http;

/// <summary>
/// The GraphQL endpoint (GraphQL-over-HTTP): POST with a JSON body, GET for queries, multipart/mixed for operations
/// that defer or stream when the client accepts it, Server-Sent Events when the client accepts text/event-stream
/// (graphql-sse, both modes), multipart subscriptions (Apollo's), WebSocket (graphql-transport-ws) upgrades, and the
/// playground for browsers.
/// </summary>
internal sealed class GraphQLHttpHandler(RequestExecutor executor, GraphQLServerOptions options, string path, (ResponseCache Cache, IResponseVersion Versions)? responseCache = null)
{
    public async Task HandleAsync(HttpContext context)
    {
        // A WebSocket upgrade is a GET (a CONNECT over HTTP/2), never a POST: most requests skip the feature lookup.
        if (!HttpMethods.IsPost(context.Request.Method) && context.WebSockets.IsWebSocketRequest)
        {
            await WhileLiveAsync(context, 0, static (c, _) => c.RequestServices.GetRequiredService<GraphQLWebSocketHandler>().HandleAsync(c));
            return;
        }
        // The answer depends on Accept (page, JSON of either type, event stream) and on the key a maintainer sends
        // (the response cache steps aside for it): caches must key on both.
        context.Response.Headers.Vary = "Accept, Authorization";
        // Data unless it is the playground, which sets its own.
        SecurityHeaders.Data.Apply(context.Response);
        var accept = context.Request.Headers.Accept.ToString();
        if ((HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)) && options.EnablePlayground && MediaTypes.AcceptsHtml(accept)
            && !context.Request.Query.ContainsKey("query") && !context.Request.Query.ContainsKey("extensions"))
        {
            await PlaygroundPage.WritePageAsync(context, path, options);
            return;
        }
        if (await SingleConnectionAsync(context, accept))
        {
            return;
        }
        if (MediaTypes.AcceptsMultipartSubscription(accept) && !HttpMethods.IsHead(context.Request.Method))
        {
            await WhileLiveAsync(context, (executor, options), static (c, s) => MultipartSubscriptionHandler.HandleAsync(c, s.executor, s.options));
            return;
        }
        if (MediaTypes.AcceptsEventStream(accept) && MediaTypes.Negotiate(accept) is null && !HttpMethods.IsHead(context.Request.Method))
        {
            await WhileLiveAsync(context, (executor, options), static (c, s) => ServerSentEventsHandler.HandleAsync(c, s.executor, s.options));
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
        var caching = responseCache is { } configured ? ResponseCaching.For(context, request!, isGet, mediaType, configured.Cache, configured.Versions, options.OnlyPersistedDocuments) : null;
        if (caching is not null && await caching.TryAnswerAsync(context, mediaType!))
        {
            return;
        }
        if (isGet)
        {
            // Until it is known to be a public query's answer: nothing a browser or proxy may keep.
            context.Response.Headers.CacheControl = "no-store";
        }
        GraphQLResponse response;
        try
        {
            response = await executor.ExecuteAsync(request!, new LazyRequestServices(context), context, allowMutations: !isGet, context.RequestAborted, acceptsIncremental: multipart);
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
        if (caching is not null && await caching.TryKeepAsync(context, mediaType!, response))
        {
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

    /// <summary>
    /// Serves a live connection while it holds a place among them (<see cref="LiveConnections"/>); when there is none,
    /// answers 429 <c>TOO_MANY_CONNECTIONS</c> instead (a WebSocket request before its upgrade). Looked up only for
    /// these requests: queries and mutations over plain HTTP skip it. The state is passed, not captured, so that no
    /// closure is allocated on every request's path.
    /// </summary>
    private static async Task WhileLiveAsync<TState>(HttpContext context, TState state, Func<HttpContext, TState, Task> serve)
    {
        if (context.RequestServices.GetRequiredService<LiveConnections>().TryOpen(ClientAddress.Of(context), out var refusal) is not { } place)
        {
            SecurityHeaders.Data.Apply(context.Response);
            await ResponseWriter.WriteProblemAsync(context, StatusCodes.Status429TooManyRequests, MediaTypes.Json, refusal!, ServerErrorCodes.TooManyConnections);
            return;
        }
        using (place)
        {
            await serve(context, state);
        }
    }

    /// <summary>
    /// graphql-sse's single connection mode, when the request is part of it: a <c>PUT</c> (a reservation), or a request
    /// carrying a stream token (the stream, an operation, a <c>DELETE</c>). A token that names no reservation on an
    /// event-stream request falls through to the distinct connections mode, as in graphql-sse's server.
    /// </summary>
    private async Task<bool> SingleConnectionAsync(HttpContext context, string accept)
    {
        var method = context.Request.Method;
        if (HttpMethods.IsPut(method))
        {
            await SingleConnectionHandler.ReserveAsync(context, context.RequestServices.GetRequiredService<EventStreamReservations>());
            return true;
        }
        if (SingleConnectionHandler.Token(context.Request) is not { } token)
        {
            if (!HttpMethods.IsDelete(method))
            {
                return false;
            }
            await ResponseWriter.WriteProblemAsync(context, StatusCodes.Status404NotFound, MediaTypes.Json, "DELETE stops an operation of a reserved event stream: send the stream's token.", ServerErrorCodes.BadRequest);
            return true;
        }
        // Looked up only here: every other request (nearly all of them) skips the service lookup.
        var reservations = context.RequestServices.GetRequiredService<EventStreamReservations>();
        var reservation = reservations.Find(token);
        var eventStream = MediaTypes.AcceptsEventStream(accept) && (HttpMethods.IsGet(method) || HttpMethods.IsPost(method));
        if (eventStream)
        {
            if (reservation is null)
            {
                return false;
            }
            await WhileLiveAsync(context, (reservations, reservation, options), static (c, s) => SingleConnectionHandler.StreamAsync(c, s.reservations, s.reservation, s.options));
            return true;
        }
        if (reservation is null)
        {
            await ResponseWriter.WriteProblemAsync(context, StatusCodes.Status404NotFound, MediaTypes.Json, "No event stream is reserved with this token.", ServerErrorCodes.BadRequest);
            return true;
        }
        if (HttpMethods.IsDelete(method))
        {
            await SingleConnectionHandler.StopAsync(context, reservation);
            return true;
        }
        var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SingleConnectionHandler));
        await SingleConnectionHandler.OperateAsync(context, executor, options, reservation, logger);
        return true;
    }
}
