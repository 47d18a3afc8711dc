using System.Globalization;
using System.Linq.Expressions;
using System.Text.RegularExpressions;

namespace Tracker.Api.Csv;

/// <summary>
/// The query-string filters a download takes (<c>?kind=PROTEST,MEETING&amp;state=MN&amp;from=2011-01-01</c>), each
/// declared once with what it accepts and the condition it adds in SQL. The spellings are the API's: enum members as
/// the schema writes them, jurisdiction codes, ISO dates. A value that does not parse is refused with what the
/// parameter takes (<see cref="CsvParameterException"/>), never ignored, so a mistyped filter cannot download the
/// wrong rows unnoticed.
/// </summary>
internal sealed partial class CsvParameters<T>
{
    private readonly Dictionary<string, (string Takes, Func<string, Expression<Func<T, bool>>?> Condition, Func<TrackerDbContext, string, CancellationToken, Task<string?>>? Unknown)> _parameters = new(StringComparer.Ordinal);

    /// <summary>Whether the download takes a period (<c>from</c> and <c>to</c>), whose ends are checked against each other.</summary>
    private bool _period;

    /// <summary>The parameters' names in declaration order, with what each takes (for errors and README).</summary>
    public IEnumerable<string> Described => _parameters.Select(p => $"{p.Key} ({p.Value.Takes})");

    /// <summary>One or more members of an enum, comma-separated, as the schema spells them.</summary>
    public CsvParameters<T> OneOf<TEnum>(string name, Expression<Func<T, TEnum>> member)
        where TEnum : struct, Enum
    {
        var byName = Enum.GetValues<TEnum>().ToDictionary(v => Names.Screaming(v), v => v, StringComparer.Ordinal);
        return Add(name, string.Join(", ", byName.Keys), text =>
        {
            var values = new List<TEnum>();
            foreach (var item in text.Split(','))
            {
                if (!byName.TryGetValue(item.Trim(), out var value))
                {
                    return null;
                }
                values.Add(value);
            }
            var parameter = member.Parameters[0];
            var contains = Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(TEnum)], Expression.Constant(values.Distinct().ToList()), member.Body);
            return Expression.Lambda<Func<T, bool>>(contains, parameter);
        });
    }

    /// <summary>
    /// A jurisdiction's code (<c>MN</c>, <c>CA-santa-clara-county</c>) that the record holds: a well-formed code of
    /// no jurisdiction would select nothing, and an empty file must not pass for "none there".
    /// </summary>
    public CsvParameters<T> Code(string name, Func<string, Expression<Func<T, bool>>> condition) =>
        Add(name, "a jurisdiction code such as MN", text => CodePattern().IsMatch(text) ? condition(text) : null,
            async (db, code, ct) => await db.Jurisdictions.AnyAsync(j => j.Code == code, ct) ? null : $"no jurisdiction has the code \"{code}\" (codes are spelt as the record spells them: MN, CA-santa-clara-county).");

    /// <summary>A record's slug (<c>cambodian-deportation-petitions-2016</c>) naming one of <paramref name="records"/> (<paramref name="noun"/>: "petition").</summary>
    public CsvParameters<T> Slug<TLinked>(string name, string noun, Func<TrackerDbContext, IQueryable<TLinked>> records, Expression<Func<TLinked, string>> slugOf, Func<string, Expression<Func<T, bool>>> condition)
        where TLinked : class =>
        Add(name, "a slug such as morton-2011-07-20", text => SlugPattern().IsMatch(text) ? condition(text) : null,
            async (db, slug, ct) => await records(db).Where(SlugIs(slugOf, slug)).AnyAsync(ct) ? null : $"no {noun} has the slug \"{slug}\".");

    /// <summary>A state, DC or territory by its code: records placed in it or in one of its counties or cities.</summary>
    public CsvParameters<T> State(string name, Expression<Func<T, Jurisdiction?>> place) =>
        Code(name, code => StatePredicate.Within(place, code));

    /// <summary>A day, YYYY-MM-DD.</summary>
    public CsvParameters<T> Day(string name, Func<DateOnly, Expression<Func<T, bool>>> condition) =>
        Add(name, "a date YYYY-MM-DD", text =>
            DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? condition(day) : null);

    /// <summary>A period by two days, <c>from</c> and <c>to</c> (either may be left out): rows whose date lies in it.</summary>
    public CsvParameters<T> Period(Expression<Func<T, DateOnly?>> member)
    {
        _period = true;
        return Day("from", day => Compare(member, day, Expression.GreaterThanOrEqual)).Day("to", day => Compare(member, day, Expression.LessThanOrEqual));
    }

    /// <summary>
    /// The rows the query string selects: every parameter's condition applied. Throws
    /// <see cref="CsvParameterException"/> for an unknown parameter, a repeated one, a value that does not parse or
    /// a code or slug the record does not hold. Every value a message quotes is escaped (<see cref="TerminalText"/>):
    /// it comes from the URL and may hold control characters.
    /// </summary>
    public async Task<IQueryable<T>> ApplyAsync(IQueryable<T> rows, IQueryCollection query, TrackerDbContext db, CancellationToken cancellationToken)
    {
        foreach (var (name, values) in query)
        {
            if (!_parameters.TryGetValue(name, out var parameter))
            {
                throw new CsvParameterException(_parameters.Count == 0
                    ? $"Unknown parameter \"{TerminalText.Escape(name)}\": this download takes none."
                    : $"Unknown parameter \"{TerminalText.Escape(name)}\": this download takes {string.Join("; ", Described)}.");
            }
            if (values.Count != 1)
            {
                throw new CsvParameterException($"The parameter \"{name}\" is given {values.Count} times; give it once (lists are comma-separated).");
            }
            var value = values[0] ?? "";
            var condition = parameter.Condition(value)
                ?? throw new CsvParameterException($"The parameter \"{name}\" takes {parameter.Takes}; \"{TerminalText.Escape(value)}\" is not.");
            // Only a value of the right form reaches the database, so this is one bounded lookup.
            if (parameter.Unknown is not null && await parameter.Unknown(db, value, cancellationToken) is { } unknown)
            {
                throw new CsvParameterException($"The parameter \"{name}\" takes {parameter.Takes}; {unknown}");
            }
            rows = rows.Where(condition);
        }
        // Both ends read as days by now; a period that ends before it starts would select nothing, silently.
        if (_period && query.TryGetValue("from", out var from) && query.TryGetValue("to", out var to) && string.CompareOrdinal(from[0], to[0]) > 0)
        {
            throw new CsvParameterException($"The period is empty: \"from\" ({from[0]}) is after \"to\" ({to[0]}).");
        }
        return rows;
    }

    private CsvParameters<T> Add(string name, string takes, Func<string, Expression<Func<T, bool>>?> condition, Func<TrackerDbContext, string, CancellationToken, Task<string?>>? unknown = null)
    {
        _parameters.Add(name, (takes, condition, unknown));
        return this;
    }

    /// <summary><c>x => slugOf(x) == slug</c>, the slug sent as a parameter.</summary>
    private static Expression<Func<TLinked, bool>> SlugIs<TLinked>(Expression<Func<TLinked, string>> slugOf, string slug)
    {
        Expression<Func<string>> captured = () => slug;
        return Expression.Lambda<Func<TLinked, bool>>(Expression.Equal(slugOf.Body, captured.Body), slugOf.Parameters);
    }

    private static Expression<Func<T, bool>> Compare(Expression<Func<T, DateOnly?>> member, DateOnly day, Func<Expression, Expression, BinaryExpression> comparison) =>
        Expression.Lambda<Func<T, bool>>(comparison(member.Body, Expression.Constant(day, typeof(DateOnly?))), member.Parameters[0]);

    /// <summary>Jurisdiction codes as the record writes them; anything else (and anything long) is refused before SQL.</summary>
    [GeneratedRegex("^[A-Za-z]{2}(-[a-z0-9-]{1,80})?$")]
    private static partial Regex CodePattern();

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,199}$")]
    private static partial Regex SlugPattern();
}
