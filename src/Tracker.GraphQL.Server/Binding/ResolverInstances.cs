using Microsoft.Extensions.DependencyInjection;
using Tracker.GraphQL.Execution;

namespace Tracker.GraphQL.Server.Binding;

/// <summary>
/// The instances of one schema's resolver classes in one execution, by the slot each class was given when the schema
/// was bound. A resolver class is a scoped service (<c>AddResolvers</c> registers it so), so within one execution's
/// scope every ask answers the same instance: asked once and kept here, a field resolved for each of a list's items
/// costs a short scan instead of a lookup in the scope's locked table (3% of an uncached timeline's time).
/// </summary>
/// <remarks>
/// An execution uses a few of a schema's dozens of resolver classes, so they are kept as a short list rather than an
/// array with a place for every class. Fields of one execution may run on several threads: an instance is added under
/// a lock (once per class and execution) and published after it is written, so a reader without the lock sees either
/// no entry or a whole one.
/// </remarks>
internal sealed class ResolverInstances(OperationExecution execution, ResolverSlots slots)
{
    private readonly IServiceProvider? _services = execution.Services;
    private readonly Lock _adding = new();
    private Entry[] _entries = new Entry[4];
    private int _count;

    private readonly record struct Entry(int Slot, object Instance);

    /// <summary>The instance of resolver class <paramref name="type"/>, slot <paramref name="slot"/> of <paramref name="slots"/>.</summary>
    public static object Of(ResolveFieldContext context, ResolverSlots slots, int slot, Type type)
    {
        var services = context.Services!;
        var instances = context.Operation.HostState(slots.Create);
        if (!ReferenceEquals(instances.Slots, slots) || !ReferenceEquals(instances._services, services))
        {
            // Another host's state, or a scope this execution did not start with: asked as it always was.
            return services.GetRequiredService(type);
        }
        return instances.Find(slot) ?? instances.Add(slot, services.GetRequiredService(type));
    }

    private ResolverSlots Slots { get; } = slots;

    private object? Find(int slot)
    {
        // The count before the array: an array is published before the count that covers it.
        var count = Volatile.Read(ref _count);
        var entries = Volatile.Read(ref _entries);
        for (var i = 0; i < count; i++)
        {
            if (entries[i].Slot == slot)
            {
                return entries[i].Instance;
            }
        }
        return null;
    }

    private object Add(int slot, object instance)
    {
        lock (_adding)
        {
            if (Find(slot) is { } kept)
            {
                // Another field of this execution asked meanwhile: the scope answered it the same instance.
                return kept;
            }
            var entries = _entries;
            if (_count == entries.Length)
            {
                Array.Resize(ref entries, entries.Length * 2);
            }
            entries[_count] = new Entry(slot, instance);
            Volatile.Write(ref _entries, entries);
            Volatile.Write(ref _count, _count + 1);
            return instance;
        }
    }
}
