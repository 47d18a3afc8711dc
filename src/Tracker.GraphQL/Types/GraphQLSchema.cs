using Tracker.GraphQL.Introspection;
using Tracker.GraphQL.Language;

namespace Tracker.GraphQL.Types;

/// <summary>
/// A GraphQL schema (spec §3.3): root types, every named type reachable from them (introspection
/// types included) and the directives. Type order follows graphql-js: explicitly listed types first,
/// then what the roots reach, then directive argument types, then introspection.
/// </summary>
public sealed class GraphQLSchema
{
    private readonly OrderedDictionary<string, NamedType> _typeMap = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (List<ObjectType> Objects, List<InterfaceType> Interfaces)> _implementations = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<NamedType, HashSet<NamedType>> _subTypes = new();

    public GraphQLSchema(SchemaConfig config)
    {
        QueryType = config.Query;
        MutationType = config.Mutation;
        SubscriptionType = config.Subscription;
        Description = config.Description;
        AstNode = config.AstNode;
        ExtensionAstNodes = config.ExtensionAstNodes;
        Directives = config.Directives ?? SpecifiedDirectives.All;
        InvalidRootTypes = config.InvalidRootTypes;

        // graphql-js seeds its set with the listed types, then removes and collects each again in turn:
        // listed types keep their order, each followed by what it references first, while types listed
        // later wait for their turn. Same order here, without removals (quadratic on an ordered set).
        var collected = new OrderedSet();
        foreach (var type in config.Types)
        {
            collected.Waiting.Add(type);
        }
        foreach (var type in config.Types)
        {
            collected.Waiting.Remove(type);
            if (collected.Contains(type))
            {
                // Listed twice: the later listing moves it to the end, as in graphql-js.
                collected.Remove(type);
            }
            Collect(type, collected);
        }
        Collect(QueryType, collected);
        Collect(MutationType, collected);
        Collect(SubscriptionType, collected);
        foreach (var directive in Directives)
        {
            foreach (var argument in directive.Arguments)
            {
                Collect(argument.Type.GetNamedType(), collected);
            }
        }
        Collect(IntrospectionTypes.Schema, collected);

        foreach (var type in collected.Items)
        {
            if (!_typeMap.TryAdd(type.Name, type))
            {
                throw new InvalidOperationException(
                    $"Schema must contain uniquely named types but contains multiple types named \"{type.Name}\".");
            }
            if (type is FieldsType fieldsType)
            {
                foreach (var @interface in fieldsType.Interfaces)
                {
                    if (!_implementations.TryGetValue(@interface.Name, out var entry))
                    {
                        entry = ([], []);
                        _implementations[@interface.Name] = entry;
                    }
                    if (type is ObjectType objectType)
                    {
                        entry.Objects.Add(objectType);
                    }
                    else
                    {
                        entry.Interfaces.Add((InterfaceType)type);
                    }
                }
            }
        }
    }

    public ObjectType? QueryType { get; }

    public ObjectType? MutationType { get; }

    public ObjectType? SubscriptionType { get; }

    public string? Description { get; }

    public SchemaDefinitionNode? AstNode { get; }

    public IReadOnlyList<SchemaExtensionNode> ExtensionAstNodes { get; }

    public IReadOnlyList<DirectiveDefinition> Directives { get; }

    internal IReadOnlyDictionary<OperationType, NamedType> InvalidRootTypes { get; }

    /// <summary>Every named type by name, in collection order.</summary>
    public IReadOnlyDictionary<string, NamedType> TypeMap => _typeMap;

    /// <summary>Errors found by schema validation; set once by <see cref="SchemaValidator"/>.</summary>
    internal IReadOnlyList<GraphQLError>? ValidationErrors { get; set; }

    /// <summary>Facts document validation derives from the schema once (its directive tables); owned by Validation.</summary>
    internal object? DocumentValidationCache { get; set; }

    public NamedType? GetType(string name) => _typeMap.GetValueOrDefault(name);

    public DirectiveDefinition? GetDirective(string name)
    {
        foreach (var directive in Directives)
        {
            if (directive.Name == name)
            {
                return directive;
            }
        }
        return null;
    }

    public ObjectType? GetRootType(OperationType operation) => operation switch
    {
        OperationType.Query => QueryType,
        OperationType.Mutation => MutationType,
        _ => SubscriptionType,
    };

    /// <summary>The root type declared for an operation, even when it is invalid (not an object type).</summary>
    internal NamedType? DeclaredRootType(OperationType operation) =>
        (NamedType?)GetRootType(operation) ?? InvalidRootTypes.GetValueOrDefault(operation);

    /// <summary>The object types a value of an abstract type can have.</summary>
    public IReadOnlyList<ObjectType> GetPossibleTypes(NamedType abstractType) => abstractType switch
    {
        UnionType union => union.Types,
        InterfaceType @interface => GetImplementations(@interface).Objects,
        _ => [],
    };

    /// <summary>Object and interface types that declare they implement an interface.</summary>
    public (IReadOnlyList<ObjectType> Objects, IReadOnlyList<InterfaceType> Interfaces) GetImplementations(InterfaceType @interface) =>
        _implementations.TryGetValue(@interface.Name, out var entry) ? (entry.Objects, entry.Interfaces) : ([], []);

    /// <summary>Whether <paramref name="maybeSubType"/> is a member of a union or an implementation of an interface.</summary>
    public bool IsSubType(NamedType abstractType, NamedType maybeSubType)
    {
        // A static factory with the schema as its argument: a lambda capturing this would be allocated per call.
        var set = _subTypes.GetOrAdd(abstractType, static (type, schema) => type switch
        {
            UnionType union => [.. union.Types],
            InterfaceType @interface => [.. schema.GetImplementations(@interface).Objects, .. schema.GetImplementations(@interface).Interfaces],
            _ => [],
        }, this);
        return set.Contains(maybeSubType);
    }

    /// <summary>A field of a type, including the meta-fields <c>__typename</c>, and on the query root <c>__schema</c> and <c>__type</c>.</summary>
    public FieldDefinition? GetField(NamedType parentType, string fieldName)
    {
        switch (fieldName)
        {
            case "__schema":
                return ReferenceEquals(parentType, QueryType) ? IntrospectionTypes.SchemaMetaField : null;
            case "__type":
                return ReferenceEquals(parentType, QueryType) ? IntrospectionTypes.TypeMetaField : null;
            case "__typename":
                return IntrospectionTypes.TypeNameMetaField;
        }
        return parentType is FieldsType fieldsType ? fieldsType.GetField(fieldName) : null;
    }

    /// <summary>
    /// Adds a type and, depth first, every type it references, in graphql-js's order (collectReferencedTypes).
    /// An explicit stack instead of recursion: a long chain of types must not exhaust the call stack.
    /// </summary>
    private static void Collect(NamedType? type, OrderedSet collected)
    {
        if (type is null || !collected.Add(type))
        {
            return;
        }
        var pending = new Stack<IEnumerator<NamedType>>();
        pending.Push(ReferencedTypes(type).GetEnumerator());
        while (pending.TryPeek(out var references))
        {
            if (!references.MoveNext())
            {
                pending.Pop().Dispose();
                continue;
            }
            var referenced = references.Current;
            if (collected.Add(referenced))
            {
                pending.Push(ReferencedTypes(referenced).GetEnumerator());
            }
        }
    }

    /// <summary>The named types a type refers to, in the order graphql-js visits them.</summary>
    private static IEnumerable<NamedType> ReferencedTypes(NamedType type)
    {
        switch (type)
        {
            case UnionType union:
                foreach (var member in union.DeclaredTypes)
                {
                    yield return member;
                }
                break;
            case FieldsType fieldsType:
                foreach (var @interface in fieldsType.DeclaredInterfaces)
                {
                    yield return @interface;
                }
                foreach (var field in fieldsType.Fields.Values)
                {
                    yield return field.Type.GetNamedType();
                    foreach (var argument in field.Arguments)
                    {
                        yield return argument.Type.GetNamedType();
                    }
                }
                break;
            case InputObjectType inputObject:
                foreach (var field in inputObject.Fields.Values)
                {
                    yield return field.Type.GetNamedType();
                }
                break;
        }
    }

    /// <summary>Insertion-ordered set by reference, so two distinct types with one name are both seen (and rejected).</summary>
    private sealed class OrderedSet
    {
        private readonly OrderedDictionary<NamedType, bool> _items = new(ReferenceEqualityComparer.Instance);

        /// <summary>Listed types whose turn has not come: collecting stops at them.</summary>
        public HashSet<NamedType> Waiting { get; } = new(ReferenceEqualityComparer.Instance);

        public IEnumerable<NamedType> Items => _items.Keys;

        public bool Contains(NamedType type) => _items.ContainsKey(type);

        public bool Add(NamedType type) => !Waiting.Contains(type) && _items.TryAdd(type, true);

        public void Remove(NamedType type) => _items.Remove(type);
    }
}
