namespace Tracker.GraphQL.Language;

public sealed class DocumentNode : Node
{
    public override NodeKind Kind => NodeKind.Document;

    public required IReadOnlyList<DefinitionNode> Definitions { get; init; }

    /// <summary>How many lexical tokens the parser read (used by request limits).</summary>
    public int TokenCount { get; init; }
}
