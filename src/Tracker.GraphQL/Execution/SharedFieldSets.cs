using Tracker.GraphQL.Language;
using Tracker.GraphQL.Types;

namespace Tracker.GraphQL.Execution;

/// <summary>
/// The collected field sets of one operation, shared by every execution of it (against one schema, with one default
/// resolver) when nothing in collecting them depends on the variables: no <c>@skip</c> or <c>@include</c> with a
/// variable, no <c>@defer</c> or <c>@stream</c>, not a subscription. A server keeps a parsed document for every request
/// that sends its text, and each execution used to collect the same fields afresh: a set and a group for every field,
/// each field's definition looked up by name. Kept for the operation's node, as long as the node lives.
/// </summary>
/// <remarks>
/// What an execution must not share stays out of the sets. Arguments, coerced from each request's variables, are kept by
/// the execution in a slot each group is given here (<see cref="FieldGroup.ArgumentSlot"/>). Everything a group caches
/// about its field is settled before the set holding it is published, so executions only read it; the subfields a
/// group collects per runtime type are added under the group's lock, and their head is published whole.
/// </remarks>
internal sealed class SharedFieldSets
{
    /// <summary>
    /// The sets by operation node, for as long as the node lives (the document cache keeps it). A table rather than a
    /// field of the node: a field there would be bytes in every parse, every node of every document (issue 13, item 5).
    /// </summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<OperationDefinitionNode, SharedFieldSets> Kept = new();

    /// <summary>What an operation that cannot be shared keeps, so that it is analysed once.</summary>
    private static readonly SharedFieldSets NotShareable = new(null, null);

    private SharedFieldSets(GraphQLSchema? schema, FieldResolver? fieldResolver)
    {
        Schema = schema;
        FieldResolver = fieldResolver;
    }

    private GraphQLSchema? Schema { get; }

    /// <summary>The default resolver the groups' plain-leaf decisions were made with.</summary>
    private FieldResolver? FieldResolver { get; }

    private GroupedFieldSet? _root;

    private int _argumentSlots;

    /// <summary>The sets of <paramref name="operation"/> for executions with this schema and resolver; null when not shared.</summary>
    public static SharedFieldSets? For(GraphQLSchema schema, FieldResolver fieldResolver, OperationDefinitionNode operation, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments)
    {
        if (!Kept.TryGetValue(operation, out var kept))
        {
            var made = IsShareable(operation, fragments) ? new SharedFieldSets(schema, fieldResolver) : NotShareable;
            kept = Kept.GetValue(operation, _ => made);
        }
        // Another schema or resolver (an embedding host's second schema): that execution collects its own.
        return ReferenceEquals(kept.Schema, schema) && ReferenceEquals(kept.FieldResolver, fieldResolver) ? kept : null;
    }

    /// <summary>The root set once an execution has published it.</summary>
    public GroupedFieldSet? RootFields => Volatile.Read(ref _root);

    /// <summary>
    /// Publishes a settled root set and answers the one every execution now uses: this one, or the one another
    /// execution published first. Not a delegate to call when missing: every request would make one.
    /// </summary>
    public GroupedFieldSet PublishRootFields(GroupedFieldSet settled) => Interlocked.CompareExchange(ref _root, settled, null) ?? settled;

    /// <summary>A slot for the arguments of a group whose field takes some; unique within these sets.</summary>
    public int NextArgumentSlot() => Interlocked.Increment(ref _argumentSlots) - 1;

    /// <summary>How many slots have been given so far: what an execution's table of arguments is first made for.</summary>
    public int ArgumentSlotCount => Volatile.Read(ref _argumentSlots);

    /// <summary>
    /// Whether collecting the operation's fields can never depend on its variables. Every fragment of the document is
    /// looked at, not only those reached: cheaper than following spreads, and never wrong in the unsafe direction.
    /// </summary>
    private static bool IsShareable(OperationDefinitionNode operation, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments)
    {
        if (operation.Operation == OperationType.Subscription || HasVariableDirectives(operation.Directives))
        {
            return false;
        }
        var pending = new Stack<SelectionSetNode>();
        pending.Push(operation.SelectionSet);
        foreach (var fragment in fragments.Values)
        {
            pending.Push(fragment.SelectionSet);
        }
        while (pending.TryPop(out var selectionSet))
        {
            foreach (var selection in selectionSet.Selections)
            {
                if (HasVariableDirectives(selection.Directives))
                {
                    return false;
                }
                var inner = selection switch
                {
                    FieldNode field => field.SelectionSet,
                    InlineFragmentNode inline => inline.SelectionSet,
                    _ => null,
                };
                if (inner is not null)
                {
                    pending.Push(inner);
                }
            }
        }
        return true;
    }

    /// <summary>
    /// <c>@defer</c> and <c>@stream</c> in any form (their usages are made per execution), or <c>@skip</c>/<c>@include</c>
    /// with anything but literals. Other directives do not change what is collected.
    /// </summary>
    private static bool HasVariableDirectives(IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            switch (directive.Name.Value)
            {
                case "defer" or "stream":
                    return true;
                case "skip" or "include":
                    foreach (var argument in directive.Arguments)
                    {
                        if (argument.Value is not BooleanValueNode)
                        {
                            return true;
                        }
                    }
                    break;
            }
        }
        return false;
    }
}
