using Tracker.GraphQL;
using Tracker.GraphQL.Server.Subscriptions;

namespace Tracker.Api.Auth;

/// <summary>
/// The caller of one request, as the <c>Authorization: Bearer</c> header (or a WebSocket connection's
/// connectionParams) makes them: nobody, a maintainer, or
/// someone who presented a key that does not work. Public queries never look at it; <see cref="OperationKeyCheck"/>
/// decides for the whole operation before anything runs, and mutations and the key-only queries call
/// <see cref="RequireAsync"/> again, which refuses with <c>UNAUTHENTICATED</c> or <c>FORBIDDEN</c>. The key is
/// checked once per request.
/// </summary>
public sealed class CallerIdentity(IHttpContextAccessor http, ApiKeys keys, FailedAttempts failures)
{
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string Forbidden = "FORBIDDEN";
    public const string RateLimited = "RATE_LIMITED";

    private const string NeedsKey = "This needs an API key sent as \"Authorization: Bearer <key>\".";

    private Task<Maintainer>? _resolved;

    /// <summary>Whether the request carries an <c>Authorization</c> header (or WebSocket connection parameter) at all.</summary>
    public bool PresentedKey => !string.IsNullOrWhiteSpace(Authorization(http.HttpContext));

    /// <summary>
    /// The request's <c>Authorization</c> header; on a WebSocket connection without one, the <c>Authorization</c>
    /// of its <c>connection_init</c> payload (graphql-ws's connectionParams, any case), which browsers use instead.
    /// </summary>
    private static string? Authorization(HttpContext? context)
    {
        var header = context?.Request.Headers.Authorization.ToString();
        return string.IsNullOrWhiteSpace(header)
            ? context?.Features.Get<ConnectionInitPayload>()?.Text("Authorization")
            : header;
    }

    public Task<Maintainer> RequireAsync(ApiKeyRole role, CancellationToken cancellationToken)
    {
        _resolved ??= ResolveAsync(cancellationToken);
        return CheckAsync(_resolved, role);
    }

    private static async Task<Maintainer> CheckAsync(Task<Maintainer> resolved, ApiKeyRole role)
    {
        var maintainer = await resolved;
        if (role == ApiKeyRole.Admin && maintainer.Role != ApiKeyRole.Admin)
        {
            throw Error($"The key \"{maintainer.KeyName}\" is a {maintainer.Role.ToString().ToLowerInvariant()} key; this needs an admin key.", Forbidden);
        }
        return maintainer;
    }

    private async Task<Maintainer> ResolveAsync(CancellationToken cancellationToken)
    {
        var context = http.HttpContext ?? throw Error(NeedsKey, Unauthenticated);
        var header = Authorization(context);
        if (string.IsNullOrWhiteSpace(header))
        {
            throw Error(NeedsKey, Unauthenticated);
        }
        var client = Tracker.GraphQL.Server.Http.ClientAddress.Of(context);
        if (await failures.IsBlockedAsync(client, cancellationToken))
        {
            throw Error($"Too many failed key checks from this address; try again in {failures.Options.WindowInWords}.", RateLimited);
        }
        var presented = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header[7..].Trim() : string.Empty;
        var maintainer = presented.Length > 0 ? await keys.AuthenticateAsync(presented, cancellationToken) : null;
        if (maintainer is null)
        {
            await failures.RecordAsync(client, cancellationToken);
            throw Error("The API key is not valid: unknown, revoked, or not sent as \"Bearer <key>\".", Unauthenticated);
        }
        return maintainer;
    }

    private static GraphQLError Error(string message, string code) => new(message, extensions: new Dictionary<string, object?> { ["code"] = code });
}
