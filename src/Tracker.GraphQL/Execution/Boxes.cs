namespace Tracker.GraphQL.Execution;

/// <summary>
/// Shared boxes for the values resolvers return most: small integers (ids, counts, positions) and booleans.
/// The default resolver's compiled getters box through these, so reading them allocates nothing.
/// </summary>
internal static class Boxes
{
    private const int Min = -128;
    private const int Max = 1023;

    private static readonly object[] SmallIntegers = CreateSmallIntegers();

    public static readonly object True = true;

    public static readonly object False = false;

    public static object Int(int value) => (uint)(value - Min) <= Max - Min ? SmallIntegers[value - Min] : value;

    public static object Bool(bool value) => value ? True : False;

    private static object[] CreateSmallIntegers()
    {
        var boxes = new object[Max - Min + 1];
        for (var i = 0; i < boxes.Length; i++)
        {
            boxes[i] = i + Min;
        }
        return boxes;
    }
}
