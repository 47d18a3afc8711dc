namespace Tracker.GraphQL.Types;

public sealed record SchemaBuildOptions
{
    /// <summary>Skip SDL validation (graphql-js assumeValidSDL).</summary>
    public bool AssumeValidSdl { get; init; }

    /// <summary>Skip SDL validation and treat the schema as valid without validating it (graphql-js assumeValid).</summary>
    public bool AssumeValid { get; init; }
}
