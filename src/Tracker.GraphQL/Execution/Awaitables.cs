using System.Collections.Concurrent;
using System.Linq.Expressions;

namespace Tracker.GraphQL.Execution;

/// <summary>
/// Recognises values that are still to come (graphql-js's "promise-like"): a <see cref="Task"/>, a
/// <see cref="Task{TResult}"/>, a <see cref="ValueTask"/> or a <see cref="ValueTask{TResult}"/> of any type,
/// as a default-resolved property may hold. Results of generic tasks are read through accessors compiled
/// once per type, never by reflection per value.
/// </summary>
internal static class Awaitables
{
    private static readonly ConcurrentDictionary<Type, Func<Task, object?>> ResultGetters = new();
    private static readonly ConcurrentDictionary<Type, Func<object, Task>?> ValueTaskConverters = new();

    public static bool IsAwaitable(object? value) => value switch
    {
        null => false,
        Task or ValueTask<object?> or ValueTask => true,
        _ => value.GetType() is { IsValueType: true, IsGenericType: true } type && ValueTaskConverterFor(type) is not null,
    };

    public static async ValueTask<object?> AwaitAsync(object value)
    {
        switch (value)
        {
            case ValueTask<object?> valueTask:
                return await valueTask;
            case ValueTask plain:
                await plain;
                return null;
            case Task task:
                await task;
                return ResultOf(task);
        }
        var converter = ValueTaskConverterFor(value.GetType());
        if (converter is null)
        {
            return value;
        }
        var asTask = converter(value);
        await asTask;
        return ResultOf(asTask);
    }

    /// <summary>For a boxed <c>ValueTask&lt;T&gt;</c>: its <c>AsTask()</c>, compiled once per T; null for other types.</summary>
    private static Func<object, Task>? ValueTaskConverterFor(Type type) =>
        ValueTaskConverters.GetOrAdd(type, static t =>
        {
            if (!t.IsGenericType || t.GetGenericTypeDefinition() != typeof(ValueTask<>))
            {
                return null;
            }
            var parameter = Expression.Parameter(typeof(object), "value");
            var asTask = Expression.Call(Expression.Unbox(parameter, t), t.GetMethod(nameof(ValueTask<object>.AsTask))!);
            return Expression.Lambda<Func<object, Task>>(Expression.Convert(asTask, typeof(Task)), parameter).Compile();
        });

    private static object? ResultOf(Task task)
    {
        var type = task.GetType();
        if (!type.IsGenericType)
        {
            return null;
        }
        var getter = ResultGetters.GetOrAdd(type, static t =>
        {
            var resultProperty = t.GetProperty("Result");
            if (resultProperty is null || resultProperty.PropertyType.Name == "VoidTaskResult")
            {
                return static _ => null;
            }
            var parameter = Expression.Parameter(typeof(Task), "task");
            var body = Expression.Convert(Expression.Property(Expression.Convert(parameter, t), resultProperty), typeof(object));
            return Expression.Lambda<Func<Task, object?>>(body, parameter).Compile();
        });
        return getter(task);
    }
}
