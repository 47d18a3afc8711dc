namespace Tracker.GraphQL.Server.Tests;

/// <summary>
/// Tests that measure the whole process (its managed heap), or use what the whole process shares (the pool of
/// execution deadlines), run in this collection: after every other test of the assembly, one at a time, so that no
/// other test's allocations blur the figure and no other test's request takes what they hold.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AloneCollection
{
    public const string Name = "Alone in the process";
}
