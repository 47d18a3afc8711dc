namespace Tracker.GraphQL.Language;

/// <summary>A reference to a type in a document: <c>Name</c>, <c>[T]</c> or <c>T!</c>.</summary>
public abstract class TypeNode : Node
{
}
