using System.Runtime.CompilerServices;

namespace Tracker.GraphQL.Language;

/// <summary>
/// The items of every list the parser is building, on one stack: a list's items are pushed above a mark and
/// popped into an exact-size array, so building a list allocates nothing but the array the AST keeps.
/// </summary>
internal struct NodeStack()
{
    // Slots are structs so that storing a node is a plain write, not a covariant array store check.
    private Slot[] _items = new Slot[32];
    private int _count;

    public readonly int Mark => _count;

    public void Push(Node node)
    {
        if (_count == _items.Length)
        {
            Array.Resize(ref _items, _count * 2);
        }
        _items[_count++].Node = node;
    }

    /// <summary>The items pushed since <paramref name="mark"/>, in order, as an array; they leave the stack.</summary>
    public T[] PopFrom<T>(int mark)
        where T : Node
    {
        var count = _count - mark;
        if (count == 0)
        {
            return [];
        }
        var result = new T[count];
        for (var i = 0; i < count; i++)
        {
            // Only T items are pushed between a mark and its pop, so the unchecked cast is safe.
            result[i] = Unsafe.As<T>(_items[mark + i].Node);
        }
        _count = mark;
        return result;
    }

    private struct Slot
    {
        public Node Node;
    }
}
