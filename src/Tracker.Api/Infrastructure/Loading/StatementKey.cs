using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.EntityFrameworkCore.Query;

namespace Tracker.Api.Infrastructure.Loading;

/// <summary>
/// The whole of what a LINQ statement's rows depend on besides the data, written out as text: every node of its
/// expression tree with every value it holds (a filter's value, a cursor's, a page's size, a list of keys), the
/// captured ones read at the time of the call. Two statements with the same key read the same rows from the same
/// data, so the rows can be kept under it (<see cref="LoadMemo.StatementAsync"/>) and shared by every request until
/// the data changes: pages, counts and as-of lists, whose statements are shaped by a request's arguments.
/// </summary>
/// <remarks>
/// Complete by refusal rather than by care at the call sites: a tree holding anything whose value or behaviour is
/// not written into the key has no key (null), and its statement is read every time. Refused: a value of a type the
/// key cannot write (only numbers, text, dates, enums, Booleans, GUIDs and lists of them are written), a static
/// property (the clock's <c>DateTime.UtcNow</c>), a call to a method outside LINQ, EF Core and the base types'
/// (whose result could depend on state the key does not hold) or of the clock, a random number or a new GUID, a
/// query root other than an entity's table (raw SQL), and any node kind not written below. Types, members and
/// methods are written as numbers given out once per process: a key is only ever compared within the process.
/// </remarks>
public static class StatementKey
{
    private static readonly ConcurrentDictionary<object, int> Identities = new();
    private static int _lastIdentity;

    [ThreadStatic]
    private static Writer? _cached;

    /// <summary>The key of <paramref name="statement"/>, or null when something in it cannot be written.</summary>
    public static string? Of(Expression statement)
    {
        var writer = _cached ?? new Writer();
        _cached = null;
        try
        {
            return writer.Write(statement) ? writer.Text() : null;
        }
        finally
        {
            writer.Reset();
            _cached = writer;
        }
    }

    /// <summary>
    /// Marks <paramref name="lambda"/> as one object shared by many statements (a page's projection, built once per
    /// order: <c>Connections</c>). When it holds no value that could change (a captured variable, a list) and reaches
    /// no parameter outside itself, its text is written now, once, with its parameters numbered from its own, and
    /// every key that holds it takes that text: a page's projection is most of its statement's tree, and writing it
    /// on every request was most of the key's cost. A lambda that does not qualify is written in full each time.
    /// </summary>
    public static TLambda Shared<TLambda>(TLambda lambda)
        where TLambda : LambdaExpression
    {
        if (!SharedText.TryGetValue(lambda, out _))
        {
            var writer = new Writer();
            if (writer.Write(lambda) && writer.Closed)
            {
                SharedText.AddOrUpdate(lambda, writer.Text());
            }
        }
        return lambda;
    }

    /// <summary>The text of each lambda marked <see cref="Shared"/> that qualified, for as long as the lambda lives.</summary>
    private static readonly ConditionalWeakTable<LambdaExpression, string> SharedText = new();

    private static int Identity(object typeOrMember) =>
        Identities.TryGetValue(typeOrMember, out var id) ? id : Identities.GetOrAdd(typeOrMember, static _ => Interlocked.Increment(ref _lastIdentity));

    /// <summary>Whether a call to <paramref name="method"/> does what its name and arguments say, whatever the time or state.</summary>
    private static bool IsPure(MethodInfo method)
    {
        var type = method.DeclaringType;
        if (type is null || IsImpure(method))
        {
            return false;
        }
        if (type.IsGenericType)
        {
            type = type.GetGenericTypeDefinition();
        }
        var space = type.Namespace ?? "";
        return space == "System.Linq" || space.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal)
            || space == "System.Collections.Generic" || type.IsPrimitive || type.IsEnum
            || type == typeof(string) || type == typeof(Math) || type == typeof(Nullable<>) || type == typeof(object)
            || type == typeof(decimal) || type == typeof(DateOnly) || type == typeof(DateTime) || type == typeof(DateTimeOffset)
            || type == typeof(TimeSpan) || type == typeof(Guid) || type == typeof(Enum);
    }

    /// <summary>Calls whose result is not a function of their arguments: the clock, chance, new identities.</summary>
    private static bool IsImpure(MethodInfo method) =>
        method.DeclaringType is { } type
        && (type.IsAssignableTo(typeof(TimeProvider)) || type == typeof(Random) || type == typeof(Environment)
            || (method.IsStatic && (type == typeof(DateTime) || type == typeof(DateTimeOffset) || type == typeof(Guid)) && method.Name.StartsWith("get_", StringComparison.Ordinal))
            || (type == typeof(Guid) && method.Name == nameof(Guid.NewGuid)));

    private sealed class Writer : ExpressionVisitor
    {
        private readonly StringBuilder _text = new(512);
        private readonly Dictionary<ParameterExpression, int> _parameters = new(ReferenceEqualityComparer.Instance);
        private bool _refused;

        /// <summary>Whether what was written holds no value that could change and no parameter from outside it.</summary>
        public bool Closed { get; private set; } = true;

        public bool Write(Expression statement)
        {
            Visit(statement);
            return !_refused;
        }

        public string Text() => _text.ToString();

        public void Reset()
        {
            _text.Clear();
            _parameters.Clear();
            _refused = false;
            Closed = true;
        }

        public override Expression? Visit(Expression? node)
        {
            if (_refused)
            {
                return node;
            }
            if (node is null)
            {
                _text.Append('~');
                return node;
            }
            switch (node.NodeType)
            {
                case ExpressionType.Lambda:
                case ExpressionType.Parameter:
                case ExpressionType.Constant:
                case ExpressionType.MemberAccess:
                case ExpressionType.Call:
                case ExpressionType.Conditional:
                case ExpressionType.New:
                case ExpressionType.MemberInit:
                case ExpressionType.NewArrayInit:
                case ExpressionType.NewArrayBounds:
                case ExpressionType.ListInit:
                case ExpressionType.TypeIs:
                case ExpressionType.TypeEqual:
                case ExpressionType.Invoke:
                case ExpressionType.Default:
                case ExpressionType.Extension:
                    break;
                default:
                    if (node is not (BinaryExpression or UnaryExpression))
                    {
                        return Refuse(node);
                    }
                    break;
            }
            _text.Append('(').Append((int)node.NodeType).Append(':').Append(Identity(node.Type)).Append(' ');
            var result = base.Visit(node);
            _text.Append(')');
            return result;
        }

        protected override Expression VisitExtension(Expression node)
        {
            // A table of an entity, and nothing else EF Core adds (raw SQL, inline values): the entity's name is all
            // that tells one table from another in a tree.
            if (node.GetType() != typeof(EntityQueryRootExpression))
            {
                return Refuse(node);
            }
            _text.Append(((EntityQueryRootExpression)node).EntityType.Name);
            return node;
        }

        protected override Expression VisitLambda<T>(Expression<T> node)
        {
            if (SharedText.TryGetValue(node, out var shared))
            {
                // Written once with its own numbering (it reaches nothing outside itself), marked apart from any
                // lambda written in place.
                _text.Append('K').Append(shared.Length).Append(':').Append(shared);
                return node;
            }
            foreach (var parameter in node.Parameters)
            {
                Declare(parameter);
            }
            Visit(node.Body);
            return node;
        }

        protected override Expression VisitParameter(ParameterExpression node)
        {
            if (!_parameters.TryGetValue(node, out var index))
            {
                // A parameter used before any lambda declares it (a tree's own free parameter): numbered where met.
                index = Declare(node);
                Closed = false;
            }
            _text.Append('p').Append(index);
            return node;
        }

        protected override Expression VisitConstant(ConstantExpression node)
        {
            Value(node.Value);
            return node;
        }

        protected override Expression VisitMember(MemberExpression node)
        {
            if (node.Expression is null)
            {
                // A constant, or a static readonly field (the same value for the life of the process); a static
                // property may be the clock.
                if (node.Member is FieldInfo { IsStatic: true } field && (field.IsLiteral || field.IsInitOnly))
                {
                    Value(field.GetValue(null));
                    return node;
                }
                return Refuse(node);
            }
            if (IsCaptured(node))
            {
                // A value from the caller (a closure's variable, a boxed filter value): what it holds now is what
                // the statement will send.
                Closed = false;
                Value(Evaluate(node));
                return node;
            }
            _text.Append('.').Append(Identity(node.Member));
            Visit(node.Expression);
            return node;
        }

        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            if (!Method(node.Method))
            {
                return node;
            }
            Visit(node.Object);
            foreach (var argument in node.Arguments)
            {
                Visit(argument);
            }
            return node;
        }

        protected override Expression VisitNew(NewExpression node)
        {
            if (node.Constructor is { } constructor)
            {
                _text.Append('c').Append(Identity(constructor));
            }
            foreach (var argument in node.Arguments)
            {
                Visit(argument);
            }
            foreach (var member in node.Members ?? [])
            {
                _text.Append('.').Append(Identity(member));
            }
            return node;
        }

        protected override MemberBinding VisitMemberBinding(MemberBinding node)
        {
            _text.Append('b').Append((int)node.BindingType).Append('.').Append(Identity(node.Member));
            return base.VisitMemberBinding(node);
        }

        protected override ElementInit VisitElementInit(ElementInit node)
        {
            _text.Append('e').Append(Identity(node.AddMethod));
            return base.VisitElementInit(node);
        }

        protected override Expression VisitUnary(UnaryExpression node) => Method(node.Method) ? base.VisitUnary(node) : node;

        protected override Expression VisitBinary(BinaryExpression node)
        {
            if (!Method(node.Method) || node.Conversion is not null)
            {
                return Refuse(node);
            }
            Visit(node.Left);
            Visit(node.Right);
            return node;
        }

        protected override Expression VisitTypeBinary(TypeBinaryExpression node)
        {
            _text.Append('t').Append(Identity(node.TypeOperand));
            return base.VisitTypeBinary(node);
        }

        /// <summary>Writes a call's or an operator's method, if any; false, and the tree refused, for one of unknown behaviour.</summary>
        private bool Method(MethodInfo? method)
        {
            if (method is null)
            {
                return true;
            }
            if (!IsPure(method))
            {
                Refuse(null);
                return false;
            }
            _text.Append('m').Append(Identity(method));
            return true;
        }

        private int Declare(ParameterExpression parameter)
        {
            var index = _parameters.Count;
            _parameters[parameter] = index;
            _text.Append('d').Append(index).Append(':').Append(Identity(parameter.Type)).Append(' ');
            return index;
        }

        /// <summary>Whether a member chain ends at a constant: a value the caller put in the tree.</summary>
        private static bool IsCaptured(MemberExpression node)
        {
            Expression? holder = node;
            while (holder is MemberExpression member)
            {
                holder = member.Expression;
            }
            return holder is ConstantExpression;
        }

        private static object? Evaluate(Expression node) => node switch
        {
            ConstantExpression constant => constant.Value,
            MemberExpression { Member: FieldInfo field } member => field.GetValue(Evaluate(member.Expression!)),
            MemberExpression { Member: PropertyInfo property } member => property.GetValue(Evaluate(member.Expression!)),
            _ => throw new InvalidOperationException($"Not a captured value: {node}"),
        };

        private void Value(object? value)
        {
            if (_refused)
            {
                return;
            }
            switch (value)
            {
                case null:
                    _text.Append("null");
                    return;
                case string text:
                    _text.Append('s').Append(text.Length).Append(':').Append(text);
                    return;
                case IQueryable or IEnumerable when value is not IList:
                    // A query inlined into another, or a set whose order may change between two readings.
                    Refuse(null);
                    return;
                case IList list:
                    // A list's items may change: a lambda holding one is written each time.
                    Closed = false;
                    _text.Append('[').Append(Identity(value.GetType())).Append(' ');
                    foreach (var item in list)
                    {
                        Value(item);
                        _text.Append(',');
                    }
                    _text.Append(']');
                    return;
            }
            var type = value.GetType();
            _text.Append('v').Append(Identity(type)).Append(':');
            switch (value)
            {
                case Enum:
                    _text.Append(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                    break;
                case bool flag:
                    _text.Append(flag ? '1' : '0');
                    break;
                case char letter:
                    _text.Append((int)letter);
                    break;
                case sbyte or byte or short or ushort or int or uint or long or ulong or decimal or Guid:
                    _text.Append(((IFormattable)value).ToString(null, CultureInfo.InvariantCulture));
                    break;
                case double number:
                    _text.Append(BitConverter.DoubleToInt64Bits(number));
                    break;
                case float number:
                    _text.Append(BitConverter.SingleToInt32Bits(number));
                    break;
                case DateOnly day:
                    _text.Append(day.DayNumber);
                    break;
                case DateTime time:
                    _text.Append(time.Ticks).Append('k').Append((int)time.Kind);
                    break;
                case DateTimeOffset time:
                    _text.Append(time.Ticks).Append('o').Append(time.Offset.Ticks);
                    break;
                case TimeSpan span:
                    _text.Append(span.Ticks);
                    break;
                case TimeOnly time:
                    _text.Append(time.Ticks);
                    break;
                default:
                    // An object whose state the key cannot write (a closure is never read whole: its members are).
                    Refuse(null);
                    return;
            }
            _text.Append(';');
        }

        private Expression Refuse(Expression? node)
        {
            _refused = true;
            return node!;
        }
    }
}
