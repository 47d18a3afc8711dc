using System.Collections;
using System.Linq.Expressions;
using System.Reflection;
using Tracker.Data.Text;

namespace Tracker.Api.Infrastructure.Filtering;

/// <summary>The operators of the shared filter inputs, each turned into an expression on one member.</summary>
internal static class Operators
{
    private static readonly MethodInfo ToLower = typeof(string).GetMethod(nameof(string.ToLower), Type.EmptyTypes)!;
    private static readonly MethodInfo StringContains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
    private static readonly MethodInfo StringStartsWith = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;

    /// <summary>
    /// StringFilter: eq, neq, in, contains and startsWith (case-insensitive, see <see cref="Text"/>), isNull. The text given is
    /// compared in NFC, the form every text is stored in (<see cref="ComposedText"/>).
    /// </summary>
    public static Expression? String(Expression member, IReadOnlyDictionary<string, object?> input) =>
        AllOf(input, (op, value) => op switch
        {
            "eq" => Expression.Equal(member, Boxed<string>.Of(ComposedText.Of((string)value)!)),
            "neq" => Expression.NotEqual(member, Boxed<string>.Of(ComposedText.Of((string)value)!)),
            "in" => In<string>(member, ((IEnumerable)value).Cast<string>().Select(ComposedText.Of)),
            "contains" => Text(member, StringContains, ComposedText.Of((string)value)!),
            "startsWith" => Text(member, StringStartsWith, ComposedText.Of((string)value)!),
            "isNull" => IsNull(member, (bool)value),
            _ => throw Unknown(op),
        });

    /// <summary>IntFilter and DateFilter: eq, neq, gt, gte, lt, lte, in, isNull. Nullable members compare as SQL does.</summary>
    public static Expression? Comparable<TValue>(Expression member, IReadOnlyDictionary<string, object?> input)
        where TValue : struct
    {
        var lifted = member.Type == typeof(TValue) ? member : Expression.Convert(member, typeof(TValue?));
        return AllOf(input, (op, value) =>
        {
            Expression Compare(Func<Expression, Expression, Expression> comparison) =>
                comparison(lifted, Expression.Convert(Boxed<TValue>.Of((TValue)value), lifted.Type));
            return op switch
            {
                "eq" => Compare(Expression.Equal),
                "neq" => Compare(Expression.NotEqual),
                "gt" => Compare(Expression.GreaterThan),
                "gte" => Compare(Expression.GreaterThanOrEqual),
                "lt" => Compare(Expression.LessThan),
                "lte" => Compare(Expression.LessThanOrEqual),
                "in" => In<TValue>(member.Type == typeof(TValue) ? member : Expression.Property(member, "Value"), (IEnumerable)value),
                "isNull" => member.Type == typeof(TValue) ? Expression.Constant(!(bool)value) : IsNull(member, (bool)value),
                _ => throw Unknown(op),
            };
        });
    }

    /// <summary>Enum filters: eq, neq, in.</summary>
    public static Expression? Enum<TEnum>(Expression member, IReadOnlyDictionary<string, object?> input)
        where TEnum : struct, System.Enum =>
        AllOf(input, (op, value) => op switch
        {
            "eq" => Expression.Equal(member, Boxed<TEnum>.Of((TEnum)value)),
            "neq" => Expression.NotEqual(member, Boxed<TEnum>.Of((TEnum)value)),
            "in" => In<TEnum>(member, (IEnumerable)value),
            _ => throw Unknown(op),
        });

    /// <summary>The conditions of every operator given (one given as null is not), all of which must hold.</summary>
    private static Expression? AllOf(IReadOnlyDictionary<string, object?> input, Func<string, object, Expression> condition)
    {
        Expression? result = null;
        foreach (var (op, value) in input)
        {
            if (value is not null)
            {
                result = FilterMap<object>.And(result, condition(op, value));
            }
        }
        return result;
    }

    /// <summary>
    /// <c>member IN (values)</c> with the values as one array parameter (PostgreSQL's <c>= ANY (@values)</c>, SQLite's
    /// <c>json_each(@values)</c>) rather than EF Core 10's default of one parameter per value: SQLite binds
    /// parameters by name in quadratic time (20,000 values took 3.4 s of CPU) and refuses more than 32,766 of them,
    /// and every distinct list length would be another SQL text to compile and cache. A short list (up to
    /// <see cref="ShortList"/> values) is a chain of equalities instead, one parameter each: SQLite cannot tell how
    /// many values <c>json_each</c> holds and so reads a whole table rather than search an index for two or three
    /// values (<c>kind: {in: [STATE, DISTRICT]}, status: {in: [REFUSED_TO_JOIN, WITHDREW]}</c> at 1,000,000
    /// signatures: a scan of the 23,318 jurisdictions, 3.7 ms a statement, against 0.4 ms through the
    /// (CurrentStatus, Name) index), and a short list has only that many SQL texts.
    /// </summary>
    private static Expression In<TValue>(Expression member, IEnumerable values)
    {
        var list = values.Cast<TValue>().ToList();
        if (list.Count is > 0 and <= ShortList)
        {
            return list.Select(value => (Expression)Expression.Equal(member, Boxed<TValue>.Of(value))).Aggregate(Expression.OrElse);
        }
        return KeyPredicates.Among<TValue>(member, KeyPredicates.AsOneParameter(list));
    }

    /// <summary>The longest <c>in</c> list written as equalities.</summary>
    private const int ShortList = 8;

    /// <summary>
    /// <c>contains</c> or <c>startsWith</c> on both sides lowered. Text of ASCII only is lowered here and looked for in
    /// the column lowered by SQL's own <c>lower()</c>, which lowers ASCII letters only and costs nothing per row: the
    /// characters it leaves alone are not ASCII, and almost none lowers to an ASCII letter (the Kelvin sign is a plain
    /// "K" in NFC, the form every text is stored and looked for in; "İ", which ICU lowers to "i" and a dot above, is
    /// then not found by "i"). Other text ("Álvarez") and the column are both lowered by the database's
    /// <see cref="UnicodeLower"/>: one function on both sides, so that where PostgreSQL's ICU and .NET lower differently
    /// ("İ", a final "Σ") the text still finds itself. On SQLite that is a function called for each row, paid only by
    /// such filters (the text's own call is made once: the function is deterministic).
    /// </summary>
    private static Expression Text(Expression member, MethodInfo method, string value)
    {
        var condition = System.Text.Ascii.IsValid(value)
            ? Expression.Call(Expression.Call(member, ToLower), method, Boxed<string>.Of(value.ToLowerInvariant()))
            : Expression.Call(Expression.Call(UnicodeLower.Method, member), method, Expression.Call(UnicodeLower.Method, Boxed<string>.Of(value)));
        return Expression.AndAlso(Expression.NotEqual(member, Expression.Constant(null, typeof(string))), condition);
    }

    private static Expression IsNull(Expression member, bool isNull) =>
        isNull ? Expression.Equal(member, Expression.Constant(null, member.Type)) : Expression.NotEqual(member, Expression.Constant(null, member.Type));

    private static InvalidOperationException Unknown(string op) => new($"Filter operator \"{op}\" is declared in the schema but not translated.");
}
