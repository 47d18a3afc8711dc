namespace Tracker.GraphQL.Server.Binding;

/// <summary>The parameter receives the parent object (the value whose field is resolved).</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class ParentAttribute : Attribute
{
}
