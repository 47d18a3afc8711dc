namespace Tracker.GraphQL.Server.Tests.Convention;

/// <summary>Bound to the schema enum of the same name.</summary>
public enum ConventionShade
{
    Light,
    Dark,
}
