using Tracker.GraphQL.Language;

namespace Tracker.GraphQL;

/// <summary>
/// An error as the GraphQL specification reports it (§7.1.2): a message, the locations in the
/// document it concerns, the response path of the field that raised it, and extensions.
/// It is an exception so that coercion and resolvers can throw it; the executor turns any other
/// exception into one without exposing its details.
/// </summary>
public sealed class GraphQLError : Exception
{
    public GraphQLError(
        string message,
        IEnumerable<Node>? nodes = null,
        Exception? originalError = null,
        IReadOnlyList<object>? path = null,
        IReadOnlyDictionary<string, object?>? extensions = null)
        : base(message, originalError)
    {
        Nodes = nodes?.ToArray() ?? [];
        Path = path;
        Extensions = extensions ?? (originalError as GraphQLError)?.Extensions;
        var locations = new List<SourceLocation>();
        foreach (var node in Nodes)
        {
            if (node.Location is { } location)
            {
                locations.Add(location.StartLocation);
            }
        }
        Locations = locations.Count > 0 ? locations : null;
    }

    public GraphQLError(string message, Node node, Exception? originalError = null)
        : this(message, [node], originalError)
    {
    }

    private GraphQLError(string message, IReadOnlyList<SourceLocation> locations, IReadOnlyDictionary<string, object?>? extensions)
        : base(message)
    {
        Nodes = [];
        Locations = locations;
        Extensions = extensions;
    }

    /// <summary>The AST nodes the error is about (empty when it concerns no particular node).</summary>
    public IReadOnlyList<Node> Nodes { get; }

    /// <summary>Line and column of each node, or null when there are none.</summary>
    public IReadOnlyList<SourceLocation>? Locations { get; }

    /// <summary>Response path (field names and list indices) of the field whose execution failed.</summary>
    public IReadOnlyList<object>? Path { get; }

    /// <summary>Extra information, notably <c>code</c>.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; }

    /// <summary>The exception a resolver threw, when the error wraps one.</summary>
    public Exception? OriginalError => InnerException;

    /// <summary>The <c>extensions.code</c>, when there is one.</summary>
    public string? Code => Extensions is not null && Extensions.TryGetValue("code", out var code) ? code as string : null;

    /// <summary>A syntax error at a position of a source, worded as graphql-js words it.</summary>
    public static GraphQLError Syntax(Source source, int position, string description) =>
        new($"Syntax Error: {description}", [source.GetLocation(position)], Codes(ErrorCodes.ParseFailed));

    /// <summary>The same error located at a response path (used when a resolver fails).</summary>
    public GraphQLError WithPath(IReadOnlyList<object> path) =>
        new(Message, Nodes, InnerException, path, Extensions);

    /// <summary>The same error with <c>extensions.code</c> set, unless it already has one.</summary>
    public GraphQLError WithCode(string code)
    {
        if (Code is not null)
        {
            return this;
        }
        var extensions = new Dictionary<string, object?>(Extensions ?? new Dictionary<string, object?>()) { ["code"] = code };
        return Nodes.Count == 0 && Locations is not null
            ? new GraphQLError(Message, Locations, extensions)
            : new GraphQLError(Message, Nodes, InnerException, Path, extensions);
    }

    /// <summary>Extensions holding just <c>code</c>.</summary>
    public static IReadOnlyDictionary<string, object?> Codes(string code) => new Dictionary<string, object?> { ["code"] = code };
}
