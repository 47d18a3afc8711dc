namespace Tracker.Api.Dashboard;

/// <summary>Settings of the public dashboard (section <c>Dashboard</c>).</summary>
public sealed record DashboardOptions
{
    /// <summary>
    /// The GraphQL endpoint the dashboard reads: this server's <c>/graphql</c> by default, or another tracker's
    /// absolute URL (that server must list this one's origin under <c>Cors:Origins</c>).
    /// </summary>
    public string Endpoint { get; init; } = "/graphql";
}
