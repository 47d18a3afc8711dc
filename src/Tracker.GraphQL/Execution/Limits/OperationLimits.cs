namespace Tracker.GraphQL.Execution.Limits;

/// <summary>
/// Bounds on what one operation may ask for, checked before any resolver runs. Introspection fields
/// (<c>__schema</c>, <c>__type</c>) are left out of depth and cost: their own rule bounds them.
/// </summary>
public sealed record OperationLimits
{
    public static OperationLimits Default { get; } = new();

    /// <summary>Deepest nesting of fields (a root field is depth 1).</summary>
    public int MaxDepth { get; init; } = 15;

    /// <summary>Most aliased fields in the operation, fragments expanded.</summary>
    public int MaxAliases { get; init; } = 30;

    /// <summary>
    /// Most estimated field resolutions: each field costs 1, and a list multiplies the cost of what it
    /// selects by its page size argument or <see cref="DefaultListSize"/>.
    /// </summary>
    public int MaxCost { get; init; } = 25_000;

    /// <summary>Largest page a field taking a page size argument may be asked for.</summary>
    public int MaxPageSize { get; init; } = 100;

    /// <summary>Page size assumed for a paginated field whose page size argument is absent and has no default.</summary>
    public int DefaultPageSize { get; init; } = 20;

    /// <summary>Items assumed for a list field that takes no page size argument.</summary>
    public int DefaultListSize { get; init; } = 10;

    /// <summary>The names of page size arguments.</summary>
    public IReadOnlyList<string> PageSizeArguments { get; init; } = ["first", "last"];

    /// <summary>
    /// Most entries of a sort argument (<c>order: [{ name: ASC }, ...]</c>). Each key is one more ordering the
    /// database and the query translator stack up; a few cover every sortable field.
    /// </summary>
    public int MaxSortKeys { get; init; } = 10;

    /// <summary>
    /// Most conditions in one filter argument, at every level: each operator given a value (<c>eq</c>,
    /// <c>in</c>, a boolean flag) counts one, as does an entry of <c>and</c>/<c>or</c> that holds none.
    /// </summary>
    public int MaxFilterTerms { get; init; } = 100;

    /// <summary>Deepest nesting of <c>and</c>/<c>or</c> (lists of input objects) in one filter argument; a plain filter is 0.</summary>
    public int MaxFilterDepth { get; init; } = 5;

    /// <summary>Most values in one list of a filter argument (an <c>in</c> list).</summary>
    public int MaxFilterListLength { get; init; } = 1_000;

    /// <summary>
    /// Longest text (a <c>String</c> or <c>ID</c> value, alone or in a list) in one filter argument, in UTF-16 code
    /// units. No name is a thousand characters long, and SQLite refuses a <c>LIKE</c> pattern of 50,000 bytes: a
    /// <c>startsWith</c> of 50,000 letters was an internal error there.
    /// </summary>
    public int MaxFilterTextLength { get; init; } = 1_000;

    /// <summary>The names of sort arguments, measured against <see cref="MaxSortKeys"/>.</summary>
    public IReadOnlyList<string> SortArguments { get; init; } = ["order"];

    /// <summary>The names of filter arguments, measured against the filter limits.</summary>
    public IReadOnlyList<string> FilterArguments { get; init; } = ["where"];
}
