using System.Text.Json;

namespace Tracker.GraphQL.Language;

public sealed class FieldNode : SelectionNode
{
    public override NodeKind Kind => NodeKind.Field;

    public NameNode? Alias { get; init; }

    public required NameNode Name { get; init; }

    public IReadOnlyList<ArgumentNode> Arguments { get; init; } = [];

    public SelectionSetNode? SelectionSet { get; init; }

    /// <summary>The key the field's value has in the response: its alias, else its name.</summary>
    public string ResponseKey => Alias?.Value ?? Name.Value;

    /// <summary>
    /// <see cref="ResponseKey"/> as JSON text, made on first use and kept with the node: a parsed document is kept and
    /// shared by every request that sends it, so a key is encoded once, not once per request. Kept boxed, so that two
    /// requests setting it at once can never tear it. A GraphQL name has nothing to escape under any encoder.
    /// </summary>
    internal JsonEncodedText EncodedResponseKey
    {
        get
        {
            if (_encodedResponseKey is JsonEncodedText kept)
            {
                return kept;
            }
            var made = JsonEncodedText.Encode(ResponseKey);
            _encodedResponseKey = made;
            return made;
        }
    }

    private object? _encodedResponseKey;
}
