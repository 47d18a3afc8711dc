namespace Tracker.GraphQL.Server.Tests.Convention;

/// <summary>A resolver class that forgot its <c>[GraphQLType]</c>: the scan must not find it.</summary>
public sealed class ConventionUnmarkedQuery
{
    public ConventionGadgetModel Gadget() => new("lamp", ConventionShade.Dark);
}
