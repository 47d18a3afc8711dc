using Tracker.GraphQL.Execution;
using Tracker.GraphQL.Language;
using Tracker.GraphQL.Types;
using Tracker.GraphQL.Utilities;

namespace Tracker.GraphQL.Introspection;

/// <summary>
/// The introspection system (spec §4.2): the <c>__Schema</c>, <c>__Type</c>, ... types and the meta-fields
/// <c>__schema</c>, <c>__type</c> and <c>__typename</c>, with graphql-js 17's descriptions and resolvers.
/// Built once; never changed afterwards.
/// </summary>
public static partial class IntrospectionTypes
{
    static IntrospectionTypes()
    {
        TypeKindEnum = BuildTypeKind();
        BoxedKinds = new object[TypeKindEnum.Values.Count];
        foreach (var value in TypeKindEnum.Values.Values)
        {
            BoxedKinds[(int)(TypeKind)value.Value!] = value.Value;
        }
        DirectiveLocationEnum = BuildDirectiveLocation();
        Schema = new ObjectType("__Schema")
        {
            Description = "A GraphQL Schema defines the capabilities of a GraphQL server. It exposes all available types and directives on the server, as well as the entry points for query, mutation, and subscription operations.",
        };
        Directive = new ObjectType("__Directive")
        {
            Description = "A Directive provides a way to describe alternate runtime execution and type validation behavior in a GraphQL document.\n\nIn some cases, you need to provide options to alter GraphQL's execution behavior in ways field arguments will not suffice, such as conditionally including or skipping a field. Directives provide this by describing additional information to the executor.",
        };
        Type = new ObjectType("__Type")
        {
            Description = "The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.\n\nDepending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.",
        };
        Field = new ObjectType("__Field")
        {
            Description = "Object and Interface types are described by a list of Fields, each of which has a name, potentially a list of arguments, and a return type.",
        };
        InputValue = new ObjectType("__InputValue")
        {
            Description = "Arguments provided to Fields or Directives and the input fields of an InputObject are represented as Input Values which describe their type and optionally a default value.",
        };
        EnumValue = new ObjectType("__EnumValue")
        {
            Description = "One possible value for a given Enum. Enum values are unique values, not a placeholder for a string or numeric value. However an Enum value is returned in a JSON response as a string.",
        };
        DefineSchemaFields();
        DefineDirectiveFields();
        DefineTypeFields();
        DefineFieldFields();
        DefineInputValueFields();
        DefineEnumValueFields();

        SchemaMetaField = new FieldDefinition("__schema", new NonNullType(Schema))
        {
            Description = "Access the current type schema of this server.",
            Resolver = context => new ValueTask<object?>(context.Schema),
        };
        TypeMetaField = new FieldDefinition("__type", Type)
        {
            Description = "Request the type information of a single type.",
            Resolver = context => new ValueTask<object?>(context.Schema.GetType((string)context.GetArgument("name")!)),
        };
        TypeMetaField.AddArgument(new ArgumentDefinition("name", new NonNullType(SpecifiedScalars.String)));
        TypeNameMetaField = new FieldDefinition("__typename", new NonNullType(SpecifiedScalars.String))
        {
            Description = "The name of the current Object type at runtime.",
            Resolver = context => new ValueTask<object?>(context.ParentType.Name),
        };
        All = [Schema, Directive, DirectiveLocationEnum, Type, Field, InputValue, EnumValue, TypeKindEnum];
    }

    public static ObjectType Schema { get; }

    public static ObjectType Directive { get; }

    public static EnumType DirectiveLocationEnum { get; }

    public static ObjectType Type { get; }

    public static ObjectType Field { get; }

    public static ObjectType InputValue { get; }

    public static ObjectType EnumValue { get; }

    public static EnumType TypeKindEnum { get; }

    /// <summary><c>__schema: __Schema!</c> on the query root.</summary>
    public static FieldDefinition SchemaMetaField { get; }

    /// <summary><c>__type(name: String!): __Type</c> on the query root.</summary>
    public static FieldDefinition TypeMetaField { get; }

    /// <summary><c>__typename: String!</c> on every composite type.</summary>
    public static FieldDefinition TypeNameMetaField { get; }

    /// <summary>The introspection types in graphql-js's order.</summary>
    public static IReadOnlyList<NamedType> All { get; }

    public static bool IsIntrospectionType(NamedType type) => ByName(type.Name) is not null;

    public static NamedType? ByName(string name)
    {
        foreach (var type in All)
        {
            if (type.Name == name)
            {
                return type;
            }
        }
        return null;
    }

    /// <summary>Each <see cref="TypeKind"/> boxed once (the enum's own internal values): <c>kind</c> then allocates nothing.</summary>
    private static object[] BoxedKinds { get; }

    /// <summary>A resolver of the parent value alone, which the executor calls without a resolver context.</summary>
    private static Func<object?, object?> Resolve<T>(Func<T, object?> read) => source => read((T)source!);

    private static FieldResolver ResolveWithContext<T>(Func<T, ResolveFieldContext, object?> read) =>
        context => new ValueTask<object?>(read((T)context.Source!, context));

    private static IGraphQLType NonNullListOf(IGraphQLType type) => new NonNullType(new ListType(new NonNullType(type)));

    private static FieldDefinition Add(ObjectType owner, string name, IGraphQLType type, FieldResolver resolver, string? description = null) =>
        owner.AddField(new FieldDefinition(name, type) { Description = description, Resolver = resolver });

    private static FieldDefinition Add(ObjectType owner, string name, IGraphQLType type, Func<object?, object?> readSource, string? description = null)
    {
        var field = new FieldDefinition(name, type) { Description = description };
        field.SetSourceResolver(readSource);
        return owner.AddField(field);
    }

    /// <summary>
    /// The values a field lists without <c>includeDeprecated</c>: the schema's own collection when it holds no
    /// deprecated value (most do not), so listing them copies nothing; otherwise a copy without those.
    /// </summary>
    private static IEnumerable<T> Listed<T>(IEnumerable<T> values, Func<T, bool> isDeprecated, ResolveFieldContext context)
    {
        if (IncludeDeprecated(context))
        {
            return values;
        }
        foreach (var value in values)
        {
            if (isDeprecated(value))
            {
                return WithoutDeprecated(values, isDeprecated);
            }
        }
        return values;
    }

    // Apart from Listed, so that the closure below is allocated only when a copy is made.
    private static List<T> WithoutDeprecated<T>(IEnumerable<T> values, Func<T, bool> isDeprecated) => values.Where(v => !isDeprecated(v)).ToList();

    private static void AddIncludeDeprecated(FieldDefinition field) =>
        field.AddArgument(new ArgumentDefinition("includeDeprecated", new NonNullType(SpecifiedScalars.Boolean))
        {
            DefaultValue = false,
            HasDefaultValueObject = true,
        });

    private static bool IncludeDeprecated(ResolveFieldContext context) => context.GetArgument("includeDeprecated") is true;

    private static void DefineSchemaFields()
    {
        Add(Schema, "description", SpecifiedScalars.String, Resolve<GraphQLSchema>(s => s.Description));
        Add(Schema, "types", NonNullListOf(Type), Resolve<GraphQLSchema>(s => s.TypeMap.Values.ToList()), "A list of all types supported by this server.");
        Add(Schema, "queryType", new NonNullType(Type), Resolve<GraphQLSchema>(s => s.QueryType), "The type that query operations will be rooted at.");
        Add(Schema, "mutationType", Type, Resolve<GraphQLSchema>(s => s.MutationType), "If this server supports mutation, the type that mutation operations will be rooted at.");
        Add(Schema, "subscriptionType", Type, Resolve<GraphQLSchema>(s => s.SubscriptionType), "If this server support subscription, the type that subscription operations will be rooted at.");
        AddIncludeDeprecated(Add(
            Schema,
            "directives",
            NonNullListOf(Directive),
            ResolveWithContext<GraphQLSchema>((s, c) => Listed(s.Directives, static d => d.DeprecationReason is not null, c)),
            "A list of all directives supported by this server."));
    }

    private static void DefineDirectiveFields()
    {
        Add(Directive, "name", new NonNullType(SpecifiedScalars.String), Resolve<DirectiveDefinition>(d => d.Name));
        Add(Directive, "description", SpecifiedScalars.String, Resolve<DirectiveDefinition>(d => d.Description));
        Add(Directive, "isRepeatable", new NonNullType(SpecifiedScalars.Boolean), Resolve<DirectiveDefinition>(d => Boxes.Bool(d.IsRepeatable)));
        Add(Directive, "locations", NonNullListOf(DirectiveLocationEnum), Resolve<DirectiveDefinition>(d => d.Locations.Cast<object?>().ToList()));
        AddIncludeDeprecated(Add(
            Directive,
            "args",
            NonNullListOf(InputValue),
            ResolveWithContext<DirectiveDefinition>((d, c) => FilterDeprecated(d.Arguments, c))));
        Add(Directive, "isDeprecated", new NonNullType(SpecifiedScalars.Boolean), Resolve<DirectiveDefinition>(d => Boxes.Bool(d.DeprecationReason is not null)));
        Add(Directive, "deprecationReason", SpecifiedScalars.String, Resolve<DirectiveDefinition>(d => d.DeprecationReason));
    }

    private static IEnumerable<InputValueDefinition> FilterDeprecated(IEnumerable<InputValueDefinition> values, ResolveFieldContext context) =>
        Listed(values, static v => v.DeprecationReason is not null, context);

    private static void DefineTypeFields()
    {
        Add(Type, "kind", new NonNullType(TypeKindEnum), Resolve<IGraphQLType>(t => BoxedKinds[(int)t.GetKind()]));
        Add(Type, "name", SpecifiedScalars.String, Resolve<IGraphQLType>(t => (t as NamedType)?.Name));
        Add(Type, "description", SpecifiedScalars.String, Resolve<IGraphQLType>(t => (t as NamedType)?.Description));
        Add(Type, "specifiedByURL", SpecifiedScalars.String, Resolve<IGraphQLType>(t => (t as ScalarType)?.SpecifiedByUrl));
        AddIncludeDeprecated(Add(Type, "fields", new ListType(new NonNullType(Field)), ResolveWithContext<IGraphQLType>((t, c) =>
            t is FieldsType fieldsType
                ? Listed(fieldsType.Fields.Values, static f => f.DeprecationReason is not null, c)
                : null)));
        Add(Type, "interfaces", new ListType(new NonNullType(Type)), Resolve<IGraphQLType>(t => t is FieldsType fieldsType ? fieldsType.Interfaces : null));
        Add(Type, "possibleTypes", new ListType(new NonNullType(Type)), ResolveWithContext<IGraphQLType>((t, c) =>
            t is InterfaceType or UnionType ? c.Schema.GetPossibleTypes((NamedType)t) : null));
        AddIncludeDeprecated(Add(Type, "enumValues", new ListType(new NonNullType(EnumValue)), ResolveWithContext<IGraphQLType>((t, c) =>
            t is EnumType enumType
                ? Listed(enumType.Values.Values, static v => v.DeprecationReason is not null, c)
                : null)));
        AddIncludeDeprecated(Add(Type, "inputFields", new ListType(new NonNullType(InputValue)), ResolveWithContext<IGraphQLType>((t, c) =>
            t is InputObjectType inputObject ? FilterDeprecated(inputObject.Fields.Values, c) : null)));
        Add(Type, "ofType", Type, Resolve<IGraphQLType>(t => t switch
        {
            ListType list => list.OfType,
            NonNullType nonNull => nonNull.OfType,
            _ => null,
        }));
        Add(Type, "isOneOf", SpecifiedScalars.Boolean, Resolve<IGraphQLType>(t => t is InputObjectType inputObject ? Boxes.Bool(inputObject.IsOneOf) : null));
    }

    private static void DefineFieldFields()
    {
        Add(Field, "name", new NonNullType(SpecifiedScalars.String), Resolve<FieldDefinition>(f => f.Name));
        Add(Field, "description", SpecifiedScalars.String, Resolve<FieldDefinition>(f => f.Description));
        AddIncludeDeprecated(Add(Field, "args", NonNullListOf(InputValue), ResolveWithContext<FieldDefinition>((f, c) => FilterDeprecated(f.Arguments, c))));
        Add(Field, "type", new NonNullType(Type), Resolve<FieldDefinition>(f => f.Type));
        Add(Field, "isDeprecated", new NonNullType(SpecifiedScalars.Boolean), Resolve<FieldDefinition>(f => Boxes.Bool(f.DeprecationReason is not null)));
        Add(Field, "deprecationReason", SpecifiedScalars.String, Resolve<FieldDefinition>(f => f.DeprecationReason));
    }

    private static void DefineInputValueFields()
    {
        Add(InputValue, "name", new NonNullType(SpecifiedScalars.String), Resolve<InputValueDefinition>(v => v.Name));
        Add(InputValue, "description", SpecifiedScalars.String, Resolve<InputValueDefinition>(v => v.Description));
        Add(InputValue, "type", new NonNullType(Type), Resolve<InputValueDefinition>(v => v.Type));
        Add(
            InputValue,
            "defaultValue",
            SpecifiedScalars.String,
            Resolve<InputValueDefinition>(v => DefaultValueLiteral(v) is { } literal ? Printer.Print(literal) : null),
            "A GraphQL-formatted string representing the default value for this input value.");
        Add(InputValue, "isDeprecated", new NonNullType(SpecifiedScalars.Boolean), Resolve<InputValueDefinition>(v => Boxes.Bool(v.DeprecationReason is not null)));
        Add(InputValue, "deprecationReason", SpecifiedScalars.String, Resolve<InputValueDefinition>(v => v.DeprecationReason));
    }

    /// <summary>The default as written in SDL, or a code-first default turned into a literal (graphql-js getDefaultValueAST).</summary>
    public static ValueNode? DefaultValueLiteral(InputValueDefinition value)
    {
        if (value.DefaultValueLiteral is { } literal)
        {
            return literal;
        }
        if (!value.HasDefaultValueObject)
        {
            return null;
        }
        return ValueLiterals.ValueToLiteral(value.DefaultValue, value.Type)
            ?? throw new InvalidOperationException("Invalid default value");
    }

    private static void DefineEnumValueFields()
    {
        Add(EnumValue, "name", new NonNullType(SpecifiedScalars.String), Resolve<EnumValueDefinition>(v => v.Name));
        Add(EnumValue, "description", SpecifiedScalars.String, Resolve<EnumValueDefinition>(v => v.Description));
        Add(EnumValue, "isDeprecated", new NonNullType(SpecifiedScalars.Boolean), Resolve<EnumValueDefinition>(v => Boxes.Bool(v.DeprecationReason is not null)));
        Add(EnumValue, "deprecationReason", SpecifiedScalars.String, Resolve<EnumValueDefinition>(v => v.DeprecationReason));
    }
}
