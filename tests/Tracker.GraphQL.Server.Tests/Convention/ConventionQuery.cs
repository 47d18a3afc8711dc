using Tracker.GraphQL.Server.Binding;

namespace Tracker.GraphQL.Server.Tests.Convention;

/// <summary>A resolver class the assembly scan finds by its attribute.</summary>
[GraphQLType("ConventionRoot")]
public sealed class ConventionQuery
{
    public ConventionGadgetModel Gadget() => new("lamp", ConventionShade.Light);

    public ConventionPage<ConventionGadgetModel> Page() => new([Gadget()]);
}
