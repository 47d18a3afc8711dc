using Tracker.Data;
using Tracker.GraphQL.Server.Configuration;

namespace Tracker.Api.Limits;

/// <summary>
/// The bounds on one request that a deployment may want other than the tracker's defaults, as settings (README's
/// settings table): <c>Tracker:Limits:ExecutionTimeout</c>, <c>MaxRequestBodyBytes</c>, <c>MaxTokens</c>,
/// <c>MaxDepth</c>, <c>MaxAliases</c>, <c>MaxCost</c>. Unset, each keeps the server's default (the tracker's for the
/// cost). Read when the server starts, so a bad value refuses the start by name. The document nesting bound
/// (<c>Parse.MaxDepth</c>, 64) is not among them: it keeps the parser's recursion off the stack's end, and no
/// dashboard needs it larger.
/// </summary>
public sealed record RequestLimitSettings(TimeSpan? ExecutionTimeout, int? MaxRequestBodyBytes, int? MaxTokens, int? MaxDepth, int? MaxAliases, int? MaxCost)
{
    /// <summary>The bounds' ranges: wide enough for any dashboard, narrow enough that no value disables a bound.</summary>
    public static RequestLimitSettings From(IConfiguration configuration) => new(
        SettingValues.TimeSpanWithin(configuration, "Tracker:Limits:ExecutionTimeout", TimeSpan.FromMilliseconds(10), TimeSpan.FromHours(1), "00:00:30"),
        SettingValues.WholeNumber(configuration, "Tracker:Limits:MaxRequestBodyBytes", min: 1_024, max: 16 * 1024 * 1024, unit: "bytes"),
        SettingValues.WholeNumber(configuration, "Tracker:Limits:MaxTokens", min: 100, max: 1_000_000),
        SettingValues.WholeNumber(configuration, "Tracker:Limits:MaxDepth", min: 1, max: 64),
        SettingValues.WholeNumber(configuration, "Tracker:Limits:MaxAliases", min: 0, max: 10_000),
        SettingValues.WholeNumber(configuration, "Tracker:Limits:MaxCost", min: 1, max: 10_000_000));

    public void Apply(GraphQLServerOptions options)
    {
        if (ExecutionTimeout is { } timeout)
        {
            options.ExecutionTimeout = timeout;
        }
        if (MaxRequestBodyBytes is { } body)
        {
            options.MaxRequestBodyBytes = body;
        }
        if (MaxTokens is { } tokens)
        {
            options.Parse = options.Parse with { MaxTokens = tokens };
        }
        options.Operation = options.Operation with
        {
            MaxDepth = MaxDepth ?? options.Operation.MaxDepth,
            MaxAliases = MaxAliases ?? options.Operation.MaxAliases,
            MaxCost = MaxCost ?? options.Operation.MaxCost,
        };
    }
}
