using System.Linq.Expressions;
using System.Text.RegularExpressions;

namespace Tracker.Api.Mutations;

/// <summary>The checks mutation inputs share; each failure is a validation error naming its field.</summary>
public static partial class InputChecks
{
    /// <summary>Trimmed text that must be given, within the length of the column it is stored in.</summary>
    public static string? Required<TRecord>(this MutationScope scope, string? value, Expression<Func<TRecord, string?>> column, params string[] field) =>
        Text(scope, value, scope.MaxLength(column), required: true, field);

    /// <summary>Trimmed text that may be left out (null stays null), within the length of the column it is stored in.</summary>
    public static string? Optional<TRecord>(this MutationScope scope, string? value, Expression<Func<TRecord, string?>> column, params string[] field) =>
        Text(scope, value, scope.MaxLength(column), required: false, field);

    /// <summary>Required text stored in a column without a length (<see cref="UnboundedTextLimits"/>): the API's own limit.</summary>
    public static string? Required(this MutationScope scope, string? value, int maxLength, params string[] field) =>
        Text(scope, value, maxLength, required: true, field);

    /// <summary>Optional text stored in a column without a length (<see cref="UnboundedTextLimits"/>): the API's own limit.</summary>
    public static string? Optional(this MutationScope scope, string? value, int maxLength, params string[] field) =>
        Text(scope, value, maxLength, required: false, field);

    /// <summary>
    /// The length the EF model gives the column (<c>HasMaxLength</c>): the one place a text's limit is written, so
    /// the check and the database cannot disagree. A column without one is a mistake in the caller.
    /// </summary>
    public static int MaxLength<TRecord>(this MutationScope scope, Expression<Func<TRecord, string?>> column)
    {
        var property = ((MemberExpression)column.Body).Member.Name;
        return scope.Db.Model.FindEntityType(typeof(TRecord))?.FindProperty(property)?.GetMaxLength()
            ?? throw new InvalidOperationException($"{typeof(TRecord).Name}.{property} has no maximum length in the EF model; give it one or use an explicit limit.");
    }

    /// <summary>Trimmed text within bounds; null stays null unless required.</summary>
    private static string? Text(MutationScope scope, string? value, int maxLength, bool required, string[] field)
    {
        // Stored in NFC, so that a name typed with a combining accent is the same text as one typed composed.
        var trimmed = ComposedText.Of(value?.Trim());
        if (string.IsNullOrEmpty(trimmed))
        {
            if (required)
            {
                scope.Invalid($"\"{Label(field)}\" must not be empty.", field);
            }
            return null;
        }
        if (trimmed.Length > maxLength)
        {
            scope.Invalid($"\"{Label(field)}\" may have at most {maxLength:N0} characters; it has {trimmed.Length:N0}.", field);
        }
        if (ForbiddenCharacters.Find(trimmed) is { } forbidden)
        {
            scope.Invalid($"\"{Label(field)}\" contains {forbidden}; remove it.", field);
        }
        return trimmed;
    }

    /// <summary>A name to match and file a record by: required text that has at least one letter or digit.</summary>
    public static string? Name<TRecord>(this MutationScope scope, string? value, Expression<Func<TRecord, string?>> column, params string[] field)
    {
        var name = scope.Required(value, column, field);
        if (name is not null && Tracker.Data.NameNormalizer.Normalize(name).Length == 0)
        {
            scope.Invalid($"\"{Label(field)}\" needs at least one letter or digit.", field);
        }
        return name;
    }

    /// <summary>
    /// A value the record cannot be without (a kind, a unit), given on an update: null would clear it, which the
    /// record cannot keep, so it is refused rather than read as "keep" (leaving the field out keeps it).
    /// </summary>
    public static T NotCleared<T>(this MutationScope scope, T? value, T current, string field)
        where T : struct
    {
        if (value is null)
        {
            scope.Invalid($"\"{field}\" cannot be cleared; leave it out to keep it.", field);
            return current;
        }
        return value.Value;
    }

    /// <summary>
    /// How a message names the field: its name, or for an item of a list its list and index (<c>aliases[1]</c>),
    /// since a bare index ("1") names nothing.
    /// </summary>
    public static string Label(IReadOnlyList<string> field) =>
        field.Count > 1 && field[^1].All(char.IsAsciiDigit) ? $"{field[^2]}[{field[^1]}]" : field[^1];

    public static bool IsPostalCode(string code) => PostalCodes.Contains(code.Trim().ToUpperInvariant());

    /// <summary>
    /// Events and signatures cannot be dated after today; and as every date, not before the tracker's earliest
    /// (<see cref="DateLimits"/>), a check kept here so that every reported date has it.
    /// </summary>
    public static void NotInFuture(this MutationScope scope, DateOnly? date, params string[] field)
    {
        if (!scope.WithinLimits(date, field))
        {
            return;
        }
        if (date > scope.Today)
        {
            scope.Invalid($"\"{Label(field)}\" ({date:yyyy-MM-dd}) is in the future; record events once they have happened.", field);
        }
    }

    public static void HttpUrl(this MutationScope scope, string? url, params string[] field)
    {
        if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var parsed) && parsed.Scheme is "http" or "https" && !string.IsNullOrEmpty(parsed.Host)))
        {
            scope.Invalid($"\"{Label(field)}\" must be an http or https URL; \"{Csv.TerminalText.Escape(url)}\" is not.", field);
        }
    }

    /// <summary>Two-letter postal codes (MN); returned upper-cased.</summary>
    public static string? StateCode(this MutationScope scope, string? code, params string[] field)
    {
        if (code is null)
        {
            return null;
        }
        var upper = code.Trim().ToUpperInvariant();
        if (!IsPostalCode(upper))
        {
            scope.Invalid($"\"{Label(field)}\" must be the two-letter postal code of a state, DC or a territory; \"{Csv.TerminalText.Escape(code)}\" is not.", field);
        }
        return upper;
    }

    /// <summary>Slugs: lower-case letters, digits and dashes, as the seed data writes them, within the slug column's length.</summary>
    public static string? Slug(this MutationScope scope, string? slug, params string[] field)
    {
        // The pattern has no length: a longer slug would be kept by SQLite and refused by PostgreSQL's varchar(200).
        if (slug is not null && (slug.Length > SlugMaxLength || !SlugPattern().IsMatch(slug)))
        {
            scope.Invalid($"\"{Label(field)}\" may hold only lower-case letters, digits and dashes (1 to {SlugMaxLength}); \"{Csv.TerminalText.Escape(slug)}\" does not.", field);
        }
        return slug;
    }

    /// <summary>The length of every slug column, as the data model declares it.</summary>
    public const int SlugMaxLength = Tracker.Data.Configuration.PropertyLengths.Slug;

    /// <summary>A slug made from a name: "Casa de Maryland, Inc." becomes "casa-de-maryland-inc".</summary>
    public static string SlugFrom(string name)
    {
        var slug = NonSlug().Replace(Tracker.Data.NameNormalizer.Normalize(name), "-").Trim('-');
        return slug.Length is 0 ? "record" : slug.Length > 180 ? slug[..180].TrimEnd('-') : slug;
    }

    /// <summary>USPS codes of the 50 states, DC and the territories the seed data holds (FIPS 5-2).</summary>
    private static readonly HashSet<string> PostalCodes =
    [
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD",
        "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC",
        "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC", "AS", "GU", "MP", "PR", "UM", "VI",
    ];

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonSlug();
}
