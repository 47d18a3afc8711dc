namespace Tracker.GraphQL.Language;

/// <summary>Any top-level definition of a document.</summary>
public abstract class DefinitionNode : Node
{
}
