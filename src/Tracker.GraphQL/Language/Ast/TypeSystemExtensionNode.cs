namespace Tracker.GraphQL.Language;

/// <summary>Schema and type extensions.</summary>
public abstract class TypeSystemExtensionNode : DefinitionNode
{
}
