using System.Collections.Concurrent;
using System.Linq.Expressions;

namespace Tracker.GraphQL.Execution;

/// <summary>
/// Recognises values a resolver returns that are still to come (graphql-js's "promise-like"): a
/// <see cref="Task"/>, a <see cref="Task{TResult}"/> or a <see cref="ValueTask{TResult}"/> of object.
/// The result of a <c>Task&lt;T&gt;</c> is read through a getter compiled once per T.
/// </summary>
internal static class Awaitables
{
    private static readonly ConcurrentDictionary<Type, Func<Task, object?>> ResultGetters = new();

    public static bool IsAwaitable(object? value) => value is Task or ValueTask<object?>;

    public static async ValueTask<object?> AwaitAsync(object value)
    {
        switch (value)
        {
            case ValueTask<object?> valueTask:
                return await valueTask;
            case Task task:
                await task;
                return ResultOf(task);
            default:
                return value;
        }
    }

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
