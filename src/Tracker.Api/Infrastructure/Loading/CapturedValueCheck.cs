using System.Linq.Expressions;
using System.Runtime.CompilerServices;

namespace Tracker.Api.Infrastructure.Loading;

/// <summary>
/// Refuses a statement for <see cref="CompiledLoads"/> that reads a variable captured from its caller (a day asked
/// for, a filter's value): a compiled statement keeps the value it was compiled with, so every later request would
/// be answered for the first one's value. The C# compiler keeps captured variables as fields of a generated class,
/// which the expression reads from a constant of that class; any such read fails the first call of the loader, in
/// the tests, rather than serving wrong answers. Constants written in the code (an enum member) are no such read.
/// </summary>
internal static class CapturedValueCheck
{
    public static void Refuse(Expression statement, string loader)
    {
        var finder = new Finder();
        finder.Visit(statement);
        if (finder.Captured is { } member)
        {
            throw new InvalidOperationException(
                $"The loader \"{loader}\" reads the captured variable \"{member.Name}\" in a statement compiled once for all requests; load it with ModelLoader.ByKeyUncompiledAsync (or another LINQ path) instead.");
        }
        if (finder.Clock is { } clock)
        {
            throw new InvalidOperationException(
                $"The loader \"{loader}\" reads the clock ({clock.DeclaringType?.Name}.{clock.Name}) in a statement whose rows are kept until the data changes (LoadMemo); load it with ModelLoader.ByKeyUncompiledAsync (or another LINQ path) instead.");
        }
    }

    private sealed class Finder : ExpressionVisitor
    {
        public System.Reflection.MemberInfo? Captured { get; private set; }

        public System.Reflection.MemberInfo? Clock { get; private set; }

        protected override Expression VisitMember(MemberExpression node)
        {
            if (node.Expression is null && IsClock(node.Member.DeclaringType))
            {
                Clock ??= node.Member;
            }
            // A variable of an enclosing lambda is read through a chain of generated classes (CS$<>8__locals1.day):
            // the outermost member is the variable's own name.
            var holder = node.Expression;
            while (holder is MemberExpression inner)
            {
                holder = inner.Expression;
            }
            if (holder is ConstantExpression { Value: { } value } && value.GetType().IsDefined(typeof(CompilerGeneratedAttribute), inherit: false))
            {
                Captured ??= node.Member;
                return node;
            }
            return base.VisitMember(node);
        }

        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            if (node.Method.DeclaringType is { } type && type.IsAssignableTo(typeof(TimeProvider)))
            {
                Clock ??= node.Method;
            }
            return base.VisitMethodCall(node);
        }

        private static bool IsClock(Type? type) => type == typeof(DateTime) || type == typeof(DateTimeOffset) || type == typeof(TimeProvider);
    }
}
