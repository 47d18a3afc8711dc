namespace Tracker.GraphQL.Server.Binding;

/// <summary>The member is not a resolver.</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Property)]
public sealed class GraphQLIgnoreAttribute : Attribute
{
}
