using System.Text.Json;

namespace Tracker.GraphQL.Execution;

/// <summary>
/// The response keys of one selection set, in order, shared by every result object completed for it, and from the
/// second object written with them on, their JSON text (kept by each field node: <see cref="Language.FieldNode.EncodedResponseKey"/>):
/// a list's items each wrote every key again, transcoding it to UTF-8 and searching it for characters to escape.
/// </summary>
internal sealed class ResponseKeys(string[] names, FieldGroup[]? groups)
{
    private JsonEncodedText[]? _encoded;
    private int _written;

    public string[] Names { get; } = names;

    /// <summary>A selection set's keys, shared by its objects; false for one object's own (never encoded).</summary>
    public bool IsShared => groups is not null;

    /// <summary>One result object's own keys (a map not made for a selection set, or one whose keys differ from it).</summary>
    public static ResponseKeys Own(string[] names) => new(names, null);

    /// <summary>
    /// The keys as JSON text, or null the first time (a set that completes one object, the usual root, would only
    /// pay for the array). Responses are written one at a time, so no two writers meet here; were they to, each would
    /// only make the same array.
    /// </summary>
    public JsonEncodedText[]? Encoded()
    {
        if (_encoded is { } encoded)
        {
            return encoded;
        }
        if (groups is null || ++_written < 2)
        {
            return null;
        }
        encoded = new JsonEncodedText[groups.Length];
        for (var i = 0; i < encoded.Length; i++)
        {
            encoded[i] = groups[i].First.EncodedResponseKey;
        }
        _encoded = encoded;
        return encoded;
    }
}
