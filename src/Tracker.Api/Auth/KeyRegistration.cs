using Tracker.GraphQL.Server.Configuration;

namespace Tracker.Api.Auth;

/// <summary>
/// Maintainers' keys in the API, wired in one place: the keys and the caller they make of a request, the failed
/// key checks per client address (with their settings), and the two checks that refuse a key before anything runs
/// (<see cref="OperationKeyCheck"/> for an operation, <see cref="ConnectionKeyCheck"/> for a WebSocket connection).
/// </summary>
public static class KeyRegistration
{
    public static GraphQLServerBuilder AddMaintainerKeys(this GraphQLServerBuilder builder)
    {
        // The caller is read from the request's Authorization header (CallerIdentity).
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton<ApiKeys>();
        builder.Services.AddSingleton(provider => FailedAttemptOptions.From(provider.GetRequiredService<IConfiguration>()));
        builder.Services.AddSingleton<FailedAttempts>();
        builder.Services.AddScoped<CallerIdentity>();
        return builder
            .AddOperationGuard<OperationKeyCheck>()
            .AddConnectionInitGuard<ConnectionKeyCheck>();
    }
}
