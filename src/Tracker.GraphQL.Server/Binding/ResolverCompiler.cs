using System.Linq.Expressions;
using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Tracker.GraphQL.Execution;
using Tracker.GraphQL.Types;

namespace Tracker.GraphQL.Server.Binding;

/// <summary>
/// Compiles a resolver method or property into a <see cref="FieldResolver"/> once, at start: parameters are
/// bound to the parent, arguments (converted to their CLR types), services, the resolve context, the
/// <see cref="HttpContext"/> and the cancellation token; the return value (plain, Task, ValueTask,
/// IAsyncEnumerable, or a Task or ValueTask of an IAsyncEnumerable for a subscriber that checks before it streams)
/// is normalised. Problems are collected, not thrown, so all are reported together.
/// </summary>
internal sealed class ResolverCompiler(InputConverters converters, IServiceProviderIsService isService, List<string> problems)
{
    private readonly ResolverSlots _slots = new();

    private static readonly MethodInfo InstanceMethod = typeof(ResolverInstances).GetMethod(nameof(ResolverInstances.Of))!;

    private static readonly MethodInfo GetServiceMethod = typeof(ServiceProviderServiceExtensions)
        .GetMethod(nameof(ServiceProviderServiceExtensions.GetRequiredService), [typeof(IServiceProvider), typeof(Type)])!;

    private static readonly PropertyInfo SourceProperty = typeof(ResolveFieldContext).GetProperty(nameof(ResolveFieldContext.Source))!;
    private static readonly PropertyInfo ServicesProperty = typeof(ResolveFieldContext).GetProperty(nameof(ResolveFieldContext.Services))!;
    private static readonly PropertyInfo TokenProperty = typeof(ResolveFieldContext).GetProperty(nameof(ResolveFieldContext.CancellationToken))!;
    private static readonly PropertyInfo UserContextProperty = typeof(ResolveFieldContext).GetProperty(nameof(ResolveFieldContext.UserContext))!;
    private static readonly PropertyInfo ArgumentsProperty = typeof(ResolveFieldContext).GetProperty(nameof(ResolveFieldContext.Arguments))!;
    private static readonly MethodInfo TryGetArgumentMethod = typeof(IReadOnlyDictionary<string, object?>).GetMethod("TryGetValue")!;

    public (FieldResolver? Resolver, SubscriptionResolver? Subscriber) Compile(Type resolverType, MemberInfo member, FieldDefinition field)
    {
        var context = Expression.Parameter(typeof(ResolveFieldContext), "context");
        var where = $"{resolverType.Name}.{member.Name} (field {field.Coordinate})";
        var isStatic = member is MethodInfo { IsStatic: true } || member is PropertyInfo { GetMethod.IsStatic: true };
        Expression? instance = isStatic ? null : Expression.Convert(InstanceOf(context, resolverType), resolverType);
        Expression call;
        Type returnType;
        if (member is PropertyInfo property)
        {
            call = Expression.Property(instance, property);
            returnType = property.PropertyType;
        }
        else
        {
            var method = (MethodInfo)member;
            var arguments = new List<Expression>();
            var bound = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var parameter in method.GetParameters())
            {
                if (BindParameter(context, parameter, field, where, bound) is { } expression)
                {
                    arguments.Add(expression);
                }
            }
            foreach (var argument in field.Arguments)
            {
                if (!bound.Contains(argument.Name))
                {
                    problems.Add($"{where} has no parameter for argument \"{argument.Name}\".");
                }
            }
            if (arguments.Count != method.GetParameters().Length)
            {
                return (null, null);
            }
            call = Expression.Call(instance, method, arguments);
            returnType = method.ReturnType;
        }
        return Normalize(context, call, returnType, field, where);
    }

    /// <summary>The resolver class's instance, asked of the scope once per execution (<see cref="ResolverInstances"/>).</summary>
    private Expression InstanceOf(ParameterExpression context, Type type) =>
        Expression.Call(InstanceMethod, context, Expression.Constant(_slots), Expression.Constant(_slots.SlotOf(type)), Expression.Constant(type, typeof(Type)));

    private static Expression ServiceOf(ParameterExpression context, Type type) =>
        Expression.Call(GetServiceMethod, Expression.Property(context, ServicesProperty), Expression.Constant(type, typeof(Type)));

    private Expression? BindParameter(ParameterExpression context, ParameterInfo parameter, FieldDefinition field, string where, HashSet<string> bound)
    {
        var type = parameter.ParameterType;
        if (type == typeof(CancellationToken))
        {
            return Expression.Property(context, TokenProperty);
        }
        if (type == typeof(ResolveFieldContext))
        {
            return context;
        }
        if (type == typeof(HttpContext))
        {
            return Expression.Convert(Expression.Property(context, UserContextProperty), typeof(HttpContext));
        }
        if (parameter.GetCustomAttribute<ParentAttribute>() is not null || parameter.Name is "parent" or "source")
        {
            return Expression.Convert(Expression.Property(context, SourceProperty), type);
        }
        if (parameter.GetCustomAttribute<ArgumentsAttribute>() is not null)
        {
            return ArgumentsOf(context, type, field, where, bound);
        }
        var argument = field.GetArgument(parameter.Name!)
            ?? field.Arguments.FirstOrDefault(a => string.Equals(a.Name, parameter.Name, StringComparison.OrdinalIgnoreCase));
        if (argument is not null)
        {
            bound.Add(argument.Name);
            return ArgumentOf(context, argument.Name, type, where);
        }
        if (parameter.GetCustomAttribute<ServiceAttribute>() is not null || isService.IsService(type))
        {
            return Expression.Convert(ServiceOf(context, type), type);
        }
        problems.Add($"{where}: parameter \"{parameter.Name}\" ({type.Name}) is neither an argument of the field, a registered service, the parent, nor the context.");
        return null;
    }

    /// <summary>
    /// An <see cref="ArgumentsAttribute"/> parameter: its constructor called with the arguments it names; a
    /// constructor parameter with a default may name an argument the field does not have.
    /// </summary>
    private Expression? ArgumentsOf(ParameterExpression context, Type type, FieldDefinition field, string where, HashSet<string> bound)
    {
        var constructors = type.GetConstructors();
        if (constructors.Length != 1)
        {
            problems.Add($"{where}: {type.Name} receives arguments, so it needs exactly one public constructor.");
            return null;
        }
        var values = new List<Expression>();
        foreach (var parameter in constructors[0].GetParameters())
        {
            var argument = field.Arguments.FirstOrDefault(a => string.Equals(a.Name, parameter.Name, StringComparison.OrdinalIgnoreCase));
            if (argument is null && parameter.HasDefaultValue)
            {
                // A field without this argument (a list that cannot be filtered) takes the constructor's default.
                values.Add(Expression.Constant(parameter.DefaultValue, parameter.ParameterType));
                continue;
            }
            if (argument is null)
            {
                problems.Add($"{where}: {type.Name} takes \"{parameter.Name}\", which is not an argument of the field.");
                return null;
            }
            bound.Add(argument.Name);
            values.Add(ArgumentOf(context, argument.Name, parameter.ParameterType, where));
        }
        return Expression.New(constructors[0], values);
    }

    /// <summary>Reads an argument and converts it; <see cref="Optional{T}"/> parameters learn whether it was given.</summary>
    private Expression ArgumentOf(ParameterExpression context, string name, Type type, string where)
    {
        try
        {
            var arguments = Expression.Property(context, ArgumentsProperty);
            var raw = Expression.Variable(typeof(object), "raw");
            var found = Expression.Call(arguments, TryGetArgumentMethod, Expression.Constant(name), raw);
            Expression converted;
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Optional<>))
            {
                var factory = converters.OptionalFactory(type);
                converted = Expression.Invoke(Expression.Constant(factory), found, raw);
            }
            else
            {
                var convert = converters.For(type);
                var fallback = InputConverters.Default(type);
                converted = Expression.Condition(
                    found,
                    Expression.Coalesce(Expression.Invoke(Expression.Constant(convert), raw), Expression.Constant(fallback, typeof(object))),
                    Expression.Constant(fallback, typeof(object)));
            }
            return Expression.Block(type, [raw], Expression.Convert(converted, type));
        }
        catch (InvalidOperationException exception)
        {
            problems.Add($"{where}: argument \"{name}\" cannot be converted to {type.Name}: {exception.Message}");
            return Expression.Default(type);
        }
    }

    private (FieldResolver?, SubscriptionResolver?) Normalize(ParameterExpression context, Expression call, Type returnType, FieldDefinition field, string where)
    {
        if (returnType == typeof(void))
        {
            problems.Add($"{where} returns nothing.");
            return (null, null);
        }
        if (AsyncEnumerableElement(returnType) is { } element)
        {
            var adapt = typeof(ResolverCompiler).GetMethod(nameof(AdaptStream), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(element);
            var body = Expression.Call(adapt, call);
            var subscriber = Expression.Lambda<Func<ResolveFieldContext, ValueTask<IAsyncEnumerable<object?>>>>(body, context).Compile();
            return (static context => new ValueTask<object?>(context.Source), c => subscriber(c));
        }
        if (AwaitedAsyncEnumerableElement(returnType) is { } awaited)
        {
            // A subscriber that checks its arguments (or anything else) before its stream starts: an error it
            // throws refuses the subscription instead of ending a stream that never fired.
            var method = returnType.GetGenericTypeDefinition() == typeof(Task<>) ? nameof(AdaptAwaitedStream) : nameof(AdaptAwaitedValueStream);
            var adapt = typeof(ResolverCompiler).GetMethod(method, BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(awaited.Stream, awaited.Element);
            var subscriber = Expression.Lambda<Func<ResolveFieldContext, ValueTask<IAsyncEnumerable<object?>>>>(Expression.Call(adapt, call), context).Compile();
            return (static context => new ValueTask<object?>(context.Source), c => subscriber(c));
        }
        MethodInfo? adapter = null;
        if (returnType == typeof(Task))
        {
            adapter = typeof(ResolverCompiler).GetMethod(nameof(FromTask), BindingFlags.NonPublic | BindingFlags.Static);
        }
        else if (returnType.IsGenericType && returnType.GetGenericTypeDefinition() == typeof(Task<>))
        {
            adapter = typeof(ResolverCompiler).GetMethod(nameof(FromTaskOf), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(returnType.GetGenericArguments()[0]);
        }
        else if (returnType.IsGenericType && returnType.GetGenericTypeDefinition() == typeof(ValueTask<>))
        {
            adapter = typeof(ResolverCompiler).GetMethod(nameof(FromValueTaskOf), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(returnType.GetGenericArguments()[0]);
        }
        Expression result = adapter is not null
            ? Expression.Call(adapter, call)
            : Expression.New(typeof(ValueTask<object?>).GetConstructor([typeof(object)])!, Expression.Convert(call, typeof(object)));
        var resolver = Expression.Lambda<FieldResolver>(result, context).Compile();
        return (resolver, null);
    }

    private static Type? AsyncEnumerableElement(Type type)
    {
        var candidates = type.IsInterface ? [type, .. type.GetInterfaces()] : type.GetInterfaces();
        return candidates.FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IAsyncEnumerable<>))?.GetGenericArguments()[0];
    }

    /// <summary>For <c>Task&lt;S&gt;</c> or <c>ValueTask&lt;S&gt;</c> where S is an async stream: S and its item type.</summary>
    private static (Type Stream, Type Element)? AwaitedAsyncEnumerableElement(Type type)
    {
        if (!type.IsGenericType || (type.GetGenericTypeDefinition() != typeof(Task<>) && type.GetGenericTypeDefinition() != typeof(ValueTask<>)))
        {
            return null;
        }
        var stream = type.GetGenericArguments()[0];
        return AsyncEnumerableElement(stream) is { } element ? (stream, element) : null;
    }

    private static async ValueTask<IAsyncEnumerable<object?>> AdaptAwaitedStream<TStream, T>(Task<TStream> task)
        where TStream : IAsyncEnumerable<T> =>
        await AdaptStream<T>(await task);

    private static async ValueTask<IAsyncEnumerable<object?>> AdaptAwaitedValueStream<TStream, T>(ValueTask<TStream> task)
        where TStream : IAsyncEnumerable<T> =>
        await AdaptStream<T>(await task);

    private static async ValueTask<object?> FromTask(Task task)
    {
        await task;
        return null;
    }

    private static async ValueTask<object?> FromTaskOf<T>(Task<T> task) => await task;

    private static async ValueTask<object?> FromValueTaskOf<T>(ValueTask<T> task) => await task;

    private static ValueTask<IAsyncEnumerable<object?>> AdaptStream<T>(IAsyncEnumerable<T> stream) =>
        new(stream as IAsyncEnumerable<object?> ?? Box(stream));

    private static async IAsyncEnumerable<object?> Box<T>(IAsyncEnumerable<T> stream)
    {
        await foreach (var item in stream)
        {
            yield return item;
        }
    }
}
