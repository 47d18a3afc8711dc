using Tracker.GraphQL.Types;

namespace Tracker.GraphQL.Introspection;

// The two enums of the introspection system; their internal values are the engine's own enums.
public static partial class IntrospectionTypes
{
    private static EnumType BuildTypeKind()
    {
        var type = new EnumType("__TypeKind") { Description = "An enum describing what kind of type a given `__Type` is." };
        Value(type, "SCALAR", TypeKind.Scalar, "Indicates this type is a scalar.");
        Value(type, "OBJECT", TypeKind.Object, "Indicates this type is an object. `fields` and `interfaces` are valid fields.");
        Value(type, "INTERFACE", TypeKind.Interface, "Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields.");
        Value(type, "UNION", TypeKind.Union, "Indicates this type is a union. `possibleTypes` is a valid field.");
        Value(type, "ENUM", TypeKind.Enum, "Indicates this type is an enum. `enumValues` is a valid field.");
        Value(type, "INPUT_OBJECT", TypeKind.InputObject, "Indicates this type is an input object. `inputFields` is a valid field.");
        Value(type, "LIST", TypeKind.List, "Indicates this type is a list. `ofType` is a valid field.");
        Value(type, "NON_NULL", TypeKind.NonNull, "Indicates this type is a non-null. `ofType` is a valid field.");
        return type;
    }

    private static EnumType BuildDirectiveLocation()
    {
        var type = new EnumType("__DirectiveLocation")
        {
            Description = "A Directive can be adjacent to many parts of the GraphQL language, a __DirectiveLocation describes one such possible adjacencies.",
        };
        Value(type, DirectiveLocation.Query, "Location adjacent to a query operation.");
        Value(type, DirectiveLocation.Mutation, "Location adjacent to a mutation operation.");
        Value(type, DirectiveLocation.Subscription, "Location adjacent to a subscription operation.");
        Value(type, DirectiveLocation.Field, "Location adjacent to a field.");
        Value(type, DirectiveLocation.FragmentDefinition, "Location adjacent to a fragment definition.");
        Value(type, DirectiveLocation.FragmentSpread, "Location adjacent to a fragment spread.");
        Value(type, DirectiveLocation.InlineFragment, "Location adjacent to an inline fragment.");
        Value(type, DirectiveLocation.VariableDefinition, "Location adjacent to an operation variable definition.");
        Value(type, DirectiveLocation.FragmentVariableDefinition, "Location adjacent to a fragment variable definition.");
        Value(type, DirectiveLocation.Schema, "Location adjacent to a schema definition.");
        Value(type, DirectiveLocation.Scalar, "Location adjacent to a scalar definition.");
        Value(type, DirectiveLocation.Object, "Location adjacent to an object type definition.");
        Value(type, DirectiveLocation.FieldDefinition, "Location adjacent to a field definition.");
        Value(type, DirectiveLocation.ArgumentDefinition, "Location adjacent to an argument definition.");
        Value(type, DirectiveLocation.Interface, "Location adjacent to an interface definition.");
        Value(type, DirectiveLocation.Union, "Location adjacent to a union definition.");
        Value(type, DirectiveLocation.Enum, "Location adjacent to an enum definition.");
        Value(type, DirectiveLocation.EnumValue, "Location adjacent to an enum value definition.");
        Value(type, DirectiveLocation.InputObject, "Location adjacent to an input object type definition.");
        Value(type, DirectiveLocation.InputFieldDefinition, "Location adjacent to an input object field definition.");
        Value(type, DirectiveLocation.DirectiveDefinition, "Location adjacent to a directive definition.");
        return type;
    }

    private static void Value(EnumType type, DirectiveLocation location, string description) =>
        Value(type, location.ToSpecName(), location, description);

    private static void Value(EnumType type, string name, object value, string description) =>
        type.AddValue(new EnumValueDefinition(name) { Value = value, Description = description });
}
