using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Runtime.CompilerServices;

namespace Tracker.GraphQL.Execution;

/// <summary>
/// Async streams of any item type as <see cref="IAsyncEnumerable{T}"/> of object: reference item types
/// convert by covariance, value item types (<c>IAsyncEnumerable&lt;int&gt;</c>) through an adapter built
/// once per item type.
/// </summary>
internal static class AsyncStreams
{
    private static readonly ConcurrentDictionary<Type, Func<object, IAsyncEnumerable<object?>>?> Adapters = new();

    public static bool TryAdapt(object? value, out IAsyncEnumerable<object?> stream)
    {
        switch (value)
        {
            case null:
                stream = null!;
                return false;
            case IAsyncEnumerable<object?> objects:
                stream = objects;
                return true;
        }
        var adapter = Adapters.GetOrAdd(value.GetType(), static type => CreateAdapter(type));
        stream = adapter?.Invoke(value)!;
        return adapter is not null;
    }

    private static Func<object, IAsyncEnumerable<object?>>? CreateAdapter(Type type)
    {
        foreach (var candidate in type.GetInterfaces())
        {
            if (candidate.IsGenericType && candidate.GetGenericTypeDefinition() == typeof(IAsyncEnumerable<>))
            {
                var itemType = candidate.GetGenericArguments()[0];
                var box = typeof(AsyncStreams).GetMethod(nameof(Box), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
                    .MakeGenericMethod(itemType);
                var parameter = Expression.Parameter(typeof(object), "value");
                var call = Expression.Call(box, Expression.Convert(parameter, candidate), Expression.Constant(default(CancellationToken)));
                return Expression.Lambda<Func<object, IAsyncEnumerable<object?>>>(call, parameter).Compile();
            }
        }
        return null;
    }

    private static async IAsyncEnumerable<object?> Box<T>(IAsyncEnumerable<T> items, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var item in items.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return item;
        }
    }
}
