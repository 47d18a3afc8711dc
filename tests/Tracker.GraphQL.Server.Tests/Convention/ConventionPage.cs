namespace Tracker.GraphQL.Server.Tests.Convention;

/// <summary>A generic wrapper: <c>ConventionGadgetConventionPage</c> binds to <c>ConventionPage&lt;ConventionGadgetModel&gt;</c>.</summary>
public sealed class ConventionPage<T>(IReadOnlyList<T> items)
{
    public IReadOnlyList<T> Items { get; } = items;
}
