namespace Tracker.GraphQL.Language;

/// <summary>Schema, type and directive definitions.</summary>
public abstract class TypeSystemDefinitionNode : DefinitionNode
{
}
