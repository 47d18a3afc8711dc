namespace Tracker.GraphQL.Server.Binding;

/// <summary>
/// The parameter receives several of the field's arguments at once: a type with one public constructor whose
/// parameters are named after them (the paging, filter and sort arguments every connection field takes), so a
/// resolver names the group once instead of listing each argument.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class ArgumentsAttribute : Attribute
{
}
