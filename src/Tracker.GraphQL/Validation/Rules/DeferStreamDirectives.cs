using Tracker.GraphQL.Language;

namespace Tracker.GraphQL.Validation.Rules;

/// <summary>
/// Lookups shared by the @defer/@stream rules. They match directives by name, as graphql-js does, so they act
/// whether or not the schema defines @defer and @stream (KnownDirectives reports those that are unknown).
/// </summary>
internal static class DeferStreamDirectives
{
    public const string Defer = "defer";
    public const string Stream = "stream";
    public const string Skip = "skip";
    public const string Include = "include";

    /// <summary>The first directive with this name, or null.</summary>
    public static DirectiveNode? Find(IReadOnlyList<DirectiveNode> directives, string name)
    {
        for (var i = 0; i < directives.Count; i++)
        {
            if (directives[i].Name.Value == name)
            {
                return directives[i];
            }
        }
        return null;
    }

    /// <summary>The value of the first argument with this name, or null.</summary>
    public static ValueNode? ArgumentValue(DirectiveNode directive, string name)
    {
        var arguments = directive.Arguments;
        for (var i = 0; i < arguments.Count; i++)
        {
            if (arguments[i].Name.Value == name)
            {
                return arguments[i].Value;
            }
        }
        return null;
    }
}
