using Microsoft.Extensions.DependencyInjection;
using Tracker.GraphQL.Execution;

namespace Tracker.GraphQL.Server.Binding;

/// <summary>
/// The instances of one schema's resolver classes in one execution, by the slot each class was given when the schema
/// was bound. A resolver class is a scoped service (<c>AddResolvers</c> registers it so), so within one execution's
/// scope every ask answers the same instance: asked once and kept here, a field resolved for each of a list's items
/// costs an array read instead of a lookup in the scope's locked table (3% of an uncached timeline's time).
/// </summary>
internal sealed class ResolverInstances
{
    private readonly IServiceProvider? _services;
    private readonly ResolverSlots _slots;
    private readonly object?[] _instances;

    internal ResolverInstances(OperationExecution execution, ResolverSlots slots)
    {
        _services = execution.Services;
        _slots = slots;
        _instances = new object?[slots.Count];
    }

    /// <summary>The instance of resolver class <paramref name="type"/>, slot <paramref name="slot"/> of <paramref name="slots"/>.</summary>
    public static object Of(ResolveFieldContext context, ResolverSlots slots, int slot, Type type)
    {
        var services = context.Services!;
        var instances = context.Operation.HostState(slots.Create);
        if (!ReferenceEquals(instances._slots, slots) || !ReferenceEquals(instances._services, services) || slot >= instances._instances.Length)
        {
            // Another host's state, or a scope this execution did not start with: asked as it always was.
            return services.GetRequiredService(type);
        }
        // Two fields asking at once both ask the scope, which answers both with its one instance.
        return instances._instances[slot] ??= services.GetRequiredService(type);
    }
}
