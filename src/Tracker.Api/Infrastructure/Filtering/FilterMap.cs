using System.Collections;
using System.Linq.Expressions;

namespace Tracker.Api.Infrastructure.Filtering;

/// <summary>
/// Translates a filter input of the schema (<c>where: OrganizationFilter</c>) into a LINQ predicate that EF Core
/// runs in SQL. Each filter field is declared once, with the entity member it reads and its kind; the operator
/// inputs (<c>StringFilter</c>, <c>IntFilter</c>, <c>DateFilter</c>, enum filters) are shared. <c>and</c> and
/// <c>or</c> nest. Built once per entity type; nothing is reflected per request.
/// </summary>
public sealed class FilterMap<T>
{
    private readonly Dictionary<string, Func<object?, Expression, Expression?>> _fields = new(StringComparer.Ordinal);
    private readonly List<LambdaExpression> _members = [];

    /// <summary>The entity members the filter fields read (custom conditions aside), so a test can check each has an index.</summary>
    public IReadOnlyList<LambdaExpression> Members => _members;

    public FilterMap<T> String(string name, Expression<Func<T, string?>> member) => Add(name, member, Operators.String);

    public FilterMap<T> Enum<TEnum>(string name, Expression<Func<T, TEnum>> member)
        where TEnum : struct, Enum => Add(name, member, Operators.Enum<TEnum>);

    /// <summary>
    /// Fields that read the member they are named after (<see cref="MemberPath"/>), with the operators of its type:
    /// StringFilter for text, IntFilter, DateFilter (a required date read as an optional one, as every DateFilter
    /// compares), or the enum's filter. Any other type fails at start-up.
    /// </summary>
    public FilterMap<T> Named(params string[] names)
    {
        foreach (var name in names)
        {
            var member = MemberPath.Of<T>(name);
            if (member.ReturnType == typeof(DateOnly))
            {
                member = Expression.Lambda(Expression.Convert(member.Body, typeof(DateOnly?)), member.Parameters);
            }
            Add(name, member, OperatorsFor(member.ReturnType)
                ?? throw new InvalidOperationException($"Filter field \"{name}\" of {typeof(T).Name} reads a {member.ReturnType.Name}, which no filter input compares; map it explicitly."));
        }
        return this;
    }

    private static Func<Expression, IReadOnlyDictionary<string, object?>, Expression?>? OperatorsFor(Type type) =>
        type == typeof(string) ? Operators.String
        : type == typeof(int) ? Operators.Comparable<int>
        : type == typeof(DateOnly?) ? Operators.Comparable<DateOnly>
        : type.IsEnum ? typeof(Operators).GetMethod(nameof(Operators.Enum))!.MakeGenericMethod(type)
            .CreateDelegate<Func<Expression, IReadOnlyDictionary<string, object?>, Expression?>>()
        : null;

    /// <summary>
    /// A StringFilter over a collection (an organisation's aliases), read as a journalist would: eq, in, contains
    /// and startsWith hold when some element matches; neq when none equals the value; isNull true when there are
    /// no elements at all, false when there is one.
    /// </summary>
    public FilterMap<T> AnyString<TElement>(string name, Expression<Func<T, IEnumerable<TElement>>> collection, Expression<Func<TElement, string?>> member)
    {
        _members.Add(member);
        _fields[name] = (value, parameter) =>
        {
            if (value is not IReadOnlyDictionary<string, object?> input)
            {
                return null;
            }
            var elements = ParameterRebinder.Rebind(collection, parameter);
            var element = Expression.Parameter(typeof(TElement), "e");
            Expression Any(Expression? condition)
            {
                return QueryMethods.Any<TElement>(elements, condition is null ? null : Expression.Lambda(condition, element));
            }
            var elementMember = ParameterRebinder.Rebind(member, element);
            Expression? result = null;
            foreach (var (op, operand) in input)
            {
                if (operand is null)
                {
                    continue;
                }
                Expression? condition = op switch
                {
                    "neq" => Expression.Not(Any(Operators.String(elementMember, new Dictionary<string, object?> { ["eq"] = operand }))),
                    "isNull" => (bool)operand ? Expression.Not(Any(null)) : Any(null),
                    _ => Operators.String(elementMember, new Dictionary<string, object?> { [op] = operand }) is { } matches ? Any(matches) : null,
                };
                result = And(result, condition);
            }
            return result;
        };
        return this;
    }

    /// <summary>A field whose value picks a whole condition (a boolean flag, a slug to look up).</summary>
    /// <summary>
    /// A filter field given as a plain value that a member must equal (<c>jurisdiction: "US-IL"</c> matches the records
    /// whose jurisdiction has that code), sent to SQL as a parameter.
    /// </summary>
    public FilterMap<T> Is<TValue>(string name, Expression<Func<T, TValue>> member) =>
        Custom<TValue>(name, value => Expression.Lambda<Func<T, bool>>(Expression.Equal(member.Body, Boxed<TValue>.Of(value)), member.Parameters));

    public FilterMap<T> Custom<TValue>(string name, Func<TValue, Expression<Func<T, bool>>> condition)
    {
        _fields[name] = (value, parameter) => value is TValue typed ? ParameterRebinder.Rebind(condition(typed), parameter) : null;
        return this;
    }

    /// <summary>The predicate for a filter input (a coerced input-object map), or null when it filters nothing.</summary>
    public Expression<Func<T, bool>>? Build(IReadOnlyDictionary<string, object?>? where)
    {
        if (where is null)
        {
            return null;
        }
        var parameter = Expression.Parameter(typeof(T), "x");
        var body = Condition(where, parameter);
        return body is null ? null : Expression.Lambda<Func<T, bool>>(body, parameter);
    }

    public IQueryable<T> Apply(IQueryable<T> query, IReadOnlyDictionary<string, object?>? where) =>
        Build(where) is { } predicate ? query.Where(predicate) : query;

    private FilterMap<T> Add(string name, LambdaExpression member, Func<Expression, IReadOnlyDictionary<string, object?>, Expression?> operators)
    {
        _members.Add(member);
        _fields[name] = (value, parameter) => value is IReadOnlyDictionary<string, object?> input ? operators(ParameterRebinder.Rebind(member, parameter), input) : null;
        return this;
    }

    private Expression? Condition(IReadOnlyDictionary<string, object?> where, ParameterExpression parameter)
    {
        Expression? result = null;
        foreach (var (name, value) in where)
        {
            if (value is null)
            {
                // An explicit null for a filter field means "no condition", as in HotChocolate.
                continue;
            }
            var condition = name switch
            {
                "and" => Combine((IEnumerable)value, parameter, Expression.AndAlso, Expression.Constant(true)),
                "or" => Combine((IEnumerable)value, parameter, Expression.OrElse, Expression.Constant(false)),
                _ when _fields.TryGetValue(name, out var field) => field(value, parameter),
                _ => throw new InvalidOperationException($"Filter field \"{name}\" of {typeof(T).Name} is declared in the schema but not mapped."),
            };
            result = And(result, condition);
        }
        return result;
    }

    private Expression Combine(IEnumerable filters, ParameterExpression parameter, Func<Expression, Expression, Expression> join, Expression empty)
    {
        var conditions = new List<Expression>();
        foreach (IReadOnlyDictionary<string, object?> filter in filters)
        {
            conditions.Add(Condition(filter, parameter) ?? Expression.Constant(true));
        }
        return conditions.Count == 0 ? empty : Balanced(conditions, 0, conditions.Count, join);
    }

    /// <summary>
    /// Joins conditions as a balanced tree, log2(n) deep. Joined one after another they would nest n deep: EF Core's
    /// visitors recurse once per level (thousands of terms overflow the stack) and SQLite refuses SQL expressions
    /// nested more than 1,000 deep ("Expression tree is too large").
    /// </summary>
    private static Expression Balanced(List<Expression> conditions, int start, int count, Func<Expression, Expression, Expression> join)
    {
        if (count == 1)
        {
            return conditions[start];
        }
        var half = count / 2;
        return join(Balanced(conditions, start, half, join), Balanced(conditions, start + half, count - half, join));
    }

    internal static Expression? And(Expression? left, Expression? right) =>
        left is null ? right : right is null ? left : Expression.AndAlso(left, right);
}
