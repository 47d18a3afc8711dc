namespace Tracker.Api.Sources;

/// <summary>The global id of a source.</summary>
[GraphQLType(TypeNames.Source)]
public sealed class SourceResolvers
{
    public static string Id([Parent] SourceModel source) => GlobalId.Encode(TypeNames.Source, source.Key);
}
