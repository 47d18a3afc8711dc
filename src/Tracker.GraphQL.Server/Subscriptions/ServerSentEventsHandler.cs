using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Tracker.GraphQL.Execution;
using Tracker.GraphQL.Server.Configuration;
using Tracker.GraphQL.Server.Execution;
using Tracker.GraphQL.Server.Http;

namespace Tracker.GraphQL.Server.Subscriptions;

/// <summary>
/// GraphQL over Server-Sent Events (graphql-sse, distinct connections mode): one request, one stream of
/// <c>next</c> events then <c>complete</c>. The request is read as any GraphQL-over-HTTP request (GET for
/// queries and subscriptions only, POST with a JSON body within the size limit); a request refused before
/// execution gets a plain JSON answer with the same status codes.
/// </summary>
internal static class ServerSentEventsHandler
{
    public static async Task HandleAsync(HttpContext context, RequestExecutor executor, GraphQLServerOptions options)
    {
        var (request, isGet, refusal) = await IncomingRequest.ReadAsync(context, options);
        if (refusal is not null)
        {
            await refusal.WriteAsync(context, MediaTypes.Json);
            return;
        }
        SubscriptionResult subscription;
        try
        {
            subscription = await executor.SubscribeAsync(request!, context.RequestServices, context, context.RequestAborted, allowMutations: !isGet);
        }
        catch (MutationOverGetException)
        {
            await RequestRefusal.MutationOverGet.WriteAsync(context, MediaTypes.Json);
            return;
        }
        if (subscription.ErrorResult is { } error && !error.HasData)
        {
            await ResponseWriter.WriteAsync(context, StatusCodes.Status400BadRequest, MediaTypes.Json, error);
            return;
        }
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = MediaTypes.EventStream + "; charset=utf-8";
        context.Response.Headers.CacheControl = "no-cache";
        await context.Response.Body.FlushAsync(context.RequestAborted);
        try
        {
            if (subscription.ErrorResult is { } executed)
            {
                await WriteEventAsync(context, "next", executed);
            }
            else
            {
                await foreach (var result in subscription.Stream!.WithCancellation(context.RequestAborted))
                {
                    await WriteEventAsync(context, "next", result);
                }
            }
            await context.Response.WriteAsync("event: complete\ndata:\n\n", context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
        }
    }

    private static async Task WriteEventAsync(HttpContext context, string name, ExecutionResult result)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, ExecutionResultJson.WriterOptions))
        {
            ExecutionResultJson.Write(writer, result);
        }
        await context.Response.WriteAsync($"event: {name}\ndata: ", context.RequestAborted);
        await context.Response.Body.WriteAsync(buffer.WrittenMemory, context.RequestAborted);
        await context.Response.WriteAsync("\n\n", context.RequestAborted);
        await context.Response.Body.FlushAsync(context.RequestAborted);
    }
}
