using System.Buffers;
using System.Runtime.CompilerServices;

namespace Tracker.GraphQL.Language;

/// <summary>
/// The items of every list the parser is building, on one stack: a list's items are pushed above a mark and
/// popped into an exact-size array, so building a list allocates nothing but the array the AST keeps.
/// </summary>
internal struct NodeStack()
{
    // Slots are structs so that storing a node is a plain write, not a covariant array store check. The array is
    // rented for the parse and given back by Release: only the exact-size arrays the AST keeps are allocated.
    private Slot[] _items = ArrayPool<Slot>.Shared.Rent(32);
    private int _count;

    public readonly int Mark => _count;

    public void Push(Node node)
    {
        if (_count == _items.Length)
        {
            var larger = ArrayPool<Slot>.Shared.Rent(_count * 2);
            Array.Copy(_items, larger, _count);
            ArrayPool<Slot>.Shared.Return(_items, clearArray: true);
            _items = larger;
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

    public void Release()
    {
        ArrayPool<Slot>.Shared.Return(_items, clearArray: true);
        _items = [];
        _count = 0;
    }

    private struct Slot
    {
        public Node Node;
    }
}
