using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Tracker.GraphQL.Server.Tests;

/// <summary>
/// When a test server began and when it finished its first request, for tests that break a request off and then read
/// what the server logged about it. The end is signalled from the response's <c>OnCompleted</c> callback, which Kestrel
/// runs after it has dealt with (and logged) whatever the application threw, so the log is complete by then; no timer.
/// </summary>
internal sealed class FirstRequest : IStartupFilter
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(15);

    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Adds the hook ahead of the whole pipeline of the server <paramref name="builder"/> builds.</summary>
    public void AddTo(WebApplicationBuilder builder) => builder.Services.AddSingleton<IStartupFilter>(this);

    /// <summary>The server has read the request's headers and handed it to the application.</summary>
    public Task StartedAsync() => Within(_started.Task, "start");

    /// <summary>The server has finished the request, whether the application returned or threw.</summary>
    public Task EndedAsync() => Within(_ended.Task, "end");

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, inner) =>
        {
            context.Response.OnCompleted(() =>
            {
                _ended.TrySetResult();
                return Task.CompletedTask;
            });
            _started.TrySetResult();
            await inner(context);
        });
        next(app);
    };

    private static async Task Within(Task signal, string what)
    {
        try
        {
            await signal.WaitAsync(Deadline);
        }
        catch (TimeoutException)
        {
            Assert.Fail($"The server did not {what} the request within {Deadline.TotalSeconds} s.");
        }
    }
}
