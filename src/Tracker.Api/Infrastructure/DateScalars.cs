using System.Globalization;
using Tracker.GraphQL;
using Tracker.GraphQL.Language;
using Tracker.GraphQL.Types;
using Tracker.GraphQL.Utilities;

namespace Tracker.Api.Infrastructure;

/// <summary>
/// Coercion of the schema's <c>Date</c> (ISO <c>YYYY-MM-DD</c>) and <c>DateTime</c> (ISO 8601 with offset) scalars.
/// A rejected value is shown as graphql-js's <c>inspect</c> shows it (<c>true</c>, <c>{ a: 1 }</c>), never as a .NET type name.
/// </summary>
public static class DateScalars
{
    public static void ConfigureDate(ScalarType scalar)
    {
        // "O" is YYYY-MM-DD for a date (years 1 to 9999, four digits), through .NET's fixed fast path rather than
        // the custom pattern's interpreter: a timeline writes dozens of dates per answer.
        scalar.CoerceOutputValue = value => value switch
        {
            DateOnly date => date.ToString("O", CultureInfo.InvariantCulture),
            DateTime dateTime => DateOnly.FromDateTime(dateTime).ToString("O", CultureInfo.InvariantCulture),
            _ => throw new GraphQLError($"Date cannot represent a non-date value: {Inspect.Value(value)}"),
        };
        scalar.CoerceInputValue = value => value is string text ? ParseDate(text) : throw new GraphQLError($"Date cannot represent a non-string value: {Inspect.Value(value)}");
        scalar.CoerceInputLiteral = literal => literal is StringValueNode text ? ParseDate(text.Value, text) : throw new GraphQLError("Date must be a string in the form YYYY-MM-DD.", literal);
        scalar.ValueToLiteral = value => value is DateOnly date ? new StringValueNode { Value = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) } : null;
    }

    public static void ConfigureDateTime(ScalarType scalar)
    {
        scalar.CoerceOutputValue = value => value switch
        {
            DateTimeOffset offset => offset.ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture),
            DateTime dateTime => DateTime.SpecifyKind(dateTime, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            _ => throw new GraphQLError($"DateTime cannot represent a non-date-time value: {Inspect.Value(value)}"),
        };
        scalar.CoerceInputValue = value => value is string text ? ParseDateTime(text) : throw new GraphQLError($"DateTime cannot represent a non-string value: {Inspect.Value(value)}");
        scalar.CoerceInputLiteral = literal => literal is StringValueNode text ? ParseDateTime(text.Value, text) : throw new GraphQLError("DateTime must be an ISO 8601 string with an offset.", literal);
    }

    // A literal's error names its node, so the client sees where in the document the bad date is.
    private static DateOnly ParseDate(string text, ValueNode? literal = null) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new GraphQLError($"Date must be a real calendar date in the form YYYY-MM-DD: \"{text}\" is not.", literal is null ? null : [literal]);

    private static DateTimeOffset ParseDateTime(string text, ValueNode? literal = null) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value) && (text.EndsWith('Z') || text.Contains('+') || text.LastIndexOf('-') > 9)
            ? value
            : throw new GraphQLError($"DateTime must be an ISO 8601 date and time with an offset: \"{text}\" is not.", literal is null ? null : [literal]);
}
