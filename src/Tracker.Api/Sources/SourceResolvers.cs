using Tracker.Api.Infrastructure;
using Tracker.GraphQL.Server.Binding;

namespace Tracker.Api.Sources;

/// <summary>The global id of a source.</summary>
[GraphQLType("Source")]
public sealed class SourceResolvers
{
    public static string Id([Parent] SourceModel source) => GlobalId.Encode("Source", source.Key);
}
