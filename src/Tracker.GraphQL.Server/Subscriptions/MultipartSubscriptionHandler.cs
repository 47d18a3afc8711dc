using System.Buffers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Tracker.GraphQL.Execution;
using Tracker.GraphQL.Server.Configuration;
using Tracker.GraphQL.Server.Execution;
using Tracker.GraphQL.Server.Http;

namespace Tracker.GraphQL.Server.Subscriptions;

/// <summary>
/// Subscriptions over HTTP multipart, Apollo's protocol (what an Apollo Client HttpLink asks for with
/// <c>Accept: multipart/mixed;boundary=graphql;subscriptionSpec=1.0</c>): one response
/// <c>multipart/mixed;boundary="graphql";subscriptionSpec="1.0"</c> whose JSON parts are <c>{"payload": result}</c>,
/// with <c>{}</c> heartbeats while nothing happens and the closing boundary when the subscription ends (or the host
/// stops). GraphQL's refusals are a part <c>{"payload": {"errors": [...]}}</c>; an unexpected failure of the stream is
/// <c>{"payload": null, "errors": [...]}</c>, which ends it. Chosen only by the <c>subscriptionSpec</c> parameter, so
/// the incremental delivery's <c>multipart/mixed</c> (<c>@defer</c>, <c>@stream</c>) can have its own parameters.
/// </summary>
internal static class MultipartSubscriptionHandler
{
    private const string Boundary = "graphql";

    public static async Task HandleAsync(HttpContext context, RequestExecutor executor, GraphQLServerOptions options)
    {
        var (request, isGet, refusal) = await IncomingRequest.ReadAsync(context, options);
        if (refusal is not null)
        {
            await refusal.WriteAsync(context, MediaTypes.Json);
            return;
        }
        var stopping = context.RequestServices.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        using var ending = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        StreamedResponse subscription;
        try
        {
            // Multipart subscriptions carry results, not incremental payloads: @defer/@stream is refused as over JSON.
            subscription = await executor.SubscribeAsync(request!, context.RequestServices, context, ending.Token, allowMutations: !isGet, acceptsIncremental: false);
        }
        catch (MutationOverGetException)
        {
            await RequestRefusal.MutationOverGet.WriteAsync(context, MediaTypes.Json);
            return;
        }
        if (subscription.IsNotAcceptable)
        {
            await ResponseWriter.WriteAsync(context, StatusCodes.Status406NotAcceptable, MediaTypes.Json, subscription.ErrorResult!);
            return;
        }
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = $"multipart/mixed;boundary=\"{Boundary}\";subscriptionSpec=\"1.0\"";
        context.Response.Headers.CacheControl = "no-cache";
        try
        {
            if (subscription.ErrorResult is { } single)
            {
                await WritePartAsync(context, Payload(single));
            }
            else
            {
                await ForwardAsync(context, subscription.Stream!, options.MultipartHeartbeatInterval, ending.Token);
            }
            await context.Response.WriteAsync($"\r\n--{Boundary}--\r\n", context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
        }
    }

    /// <summary>Every result as a part, and a heartbeat after each quiet interval, until the stream ends or the host stops.</summary>
    private static async Task ForwardAsync(HttpContext context, IAsyncEnumerable<ExecutionResult> stream, TimeSpan heartbeat, CancellationToken ending)
    {
        var results = stream.GetAsyncEnumerator(ending);
        Task<bool>? next = null;
        try
        {
            while (true)
            {
                next ??= results.MoveNextAsync().AsTask();
                var quiet = Task.Delay(heartbeat, ending);
                if (await Task.WhenAny(next, quiet) != next)
                {
                    await quiet;
                    await WritePartAsync(context, "{}");
                    continue;
                }
                if (!await next)
                {
                    return;
                }
                next = null;
                await WritePartAsync(context, Payload(results.Current));
            }
        }
        catch (OperationCanceledException) when (ending.IsCancellationRequested && !context.RequestAborted.IsCancellationRequested)
        {
            // The host stops: the closing boundary follows, as a completed subscription's would.
        }
        finally
        {
            if (next is not null)
            {
                // The pending read ends with the cancellation (or the stream's end) before the source can be disposed.
                await ((Task)next).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
            await results.DisposeAsync();
        }
    }

    private static string Payload(ExecutionResult result) => Payload(writer => ExecutionResultJson.Write(writer, result));

    private static string Payload(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, ExecutionResultJson.WriterOptions))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("payload");
            write(writer);
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static async Task WritePartAsync(HttpContext context, string json)
    {
        await context.Response.WriteAsync($"\r\n--{Boundary}\r\nContent-Type: application/json; charset=utf-8\r\n\r\n{json}", context.RequestAborted);
        await context.Response.Body.FlushAsync(context.RequestAborted);
    }
}
