namespace Tracker.GraphQL.Utilities;

/// <summary>Message fragments graphql-js builds from lists of names.</summary>
internal static class MessageFormatting
{
    private const int MaxSuggestions = 5;

    /// <summary>" Did you mean "a", "b", or "c"?" (at most five), or "" when there is nothing to suggest.</summary>
    public static string DidYouMean(IReadOnlyList<string> suggestions, string? subMessage = null)
    {
        if (suggestions.Count == 0)
        {
            return string.Empty;
        }
        var message = " Did you mean ";
        if (subMessage is not null)
        {
            message += subMessage + " ";
        }
        return message + OrList(suggestions.Take(MaxSuggestions).Select(s => $"\"{s}\"").ToList()) + "?";
    }

    public static string OrList(IReadOnlyList<string> items) => FormatList("or", items);

    public static string AndList(IReadOnlyList<string> items) => FormatList("and", items);

    private static string FormatList(string conjunction, IReadOnlyList<string> items) => items.Count switch
    {
        0 => throw new ArgumentException("Expected a non-empty list.", nameof(items)),
        1 => items[0],
        2 => $"{items[0]} {conjunction} {items[1]}",
        _ => string.Join(", ", items.Take(items.Count - 1)) + $", {conjunction} {items[^1]}",
    };
}
