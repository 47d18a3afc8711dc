namespace Tracker.GraphQL.Server.Tests;

/// <summary>
/// Tests that measure the whole process (its managed heap) run in this collection: after every other test of the
/// assembly, one at a time, so that no other test's allocations blur the figure.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AloneCollection
{
    public const string Name = "Alone in the process";
}
