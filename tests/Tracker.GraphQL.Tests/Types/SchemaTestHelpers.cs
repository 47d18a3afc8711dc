using Tracker.GraphQL.Language;
using Tracker.GraphQL.Types;

namespace Tracker.GraphQL.Tests.Types;

internal static class SchemaTestHelpers
{
    /// <summary>Builds SDL named after the test case, so a failure names the case in its source.</summary>
    public static GraphQLSchema Build(string sdl, string name = "schema") => SchemaBuilder.Build(Parser.Parse(new Source(sdl, name)));

    /// <summary>Errors as the generated expectations write them: one per line, "message @ line:column, ...".</summary>
    public static string ErrorText(IEnumerable<GraphQLError> errors) =>
        string.Join("\n", errors.Select(error => error.Message + (error.Locations is { Count: > 0 } locations
            ? " @ " + string.Join(", ", locations.Select(l => $"{l.Line}:{l.Column}"))
            : string.Empty)));
}
