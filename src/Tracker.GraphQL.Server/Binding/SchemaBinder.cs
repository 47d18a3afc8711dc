using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Tracker.GraphQL.Execution;
using Tracker.GraphQL.Introspection;
using Tracker.GraphQL.Types;

namespace Tracker.GraphQL.Server.Binding;

/// <summary>
/// Attaches the registered resolvers, runtime types, enums and scalars to a schema built from SDL, and checks
/// the result completely: every field of every object type must be resolvable, every resolver must match a
/// field, every bound enum must match value for value. All problems are reported in one
/// <see cref="BindingException"/>.
/// </summary>
public static class SchemaBinder
{
    public static void Bind(GraphQLSchema schema, ResolverRegistrations registrations, IServiceProviderIsService isService)
    {
        var problems = new List<string>();
        var converters = new InputConverters();
        var compiler = new ResolverCompiler(converters, isService, problems);
        foreach (var (typeName, configure) in registrations.Scalars)
        {
            if (schema.GetType(typeName) is ScalarType scalar)
            {
                configure(scalar);
            }
            else
            {
                problems.Add($"Scalar \"{typeName}\" is configured but the schema has no such scalar.");
            }
        }
        ConventionBindings.Add(schema, registrations, problems);
        foreach (var (enumType, typeName) in registrations.Enums)
        {
            BindEnum(schema, enumType, typeName, problems);
        }
        var runtimeTypes = BindRuntimeTypes(schema, registrations, problems);
        foreach (var (resolverType, typeName) in registrations.Resolvers)
        {
            // Execution resolves a field on the object type, never on an interface; a class attached to an
            // interface (Node's id) therefore serves every object type that implements it.
            var targets = schema.GetType(typeName) is InterfaceType contract
                ? schema.GetImplementations(contract).Objects.Select(o => o.Name)
                : [typeName];
            foreach (var target in targets)
            {
                BindResolverClass(schema, resolverType, target, compiler, problems);
            }
        }
        CheckEveryFieldResolves(schema, runtimeTypes, problems);
        CheckEveryScalarIsConfigured(schema, registrations, problems);
        if (problems.Count > 0)
        {
            throw new BindingException(problems);
        }
    }

    private static void BindEnum(GraphQLSchema schema, Type enumType, string typeName, List<string> problems)
    {
        if (schema.GetType(typeName) is not EnumType graphQLEnum)
        {
            problems.Add($"Enum {enumType.Name} is bound to \"{typeName}\", which is not an enum of the schema.");
            return;
        }
        var clrValues = Enum.GetValues(enumType).Cast<object>().ToDictionary(v => Normalize(v.ToString()!), v => v);
        var matched = new HashSet<string>();
        foreach (var value in graphQLEnum.Values.Values)
        {
            if (clrValues.TryGetValue(Normalize(value.Name), out var clrValue))
            {
                value.Value = clrValue;
                matched.Add(Normalize(value.Name));
            }
            else
            {
                problems.Add($"Enum value {value.Coordinate} has no member in {enumType.Name}.");
            }
        }
        foreach (var (normalized, clrValue) in clrValues)
        {
            if (!matched.Contains(normalized))
            {
                problems.Add($"{enumType.Name}.{clrValue} has no value in enum \"{typeName}\".");
            }
        }
    }

    /// <summary>REFUSED_TO_JOIN and RefusedToJoin are the same name.</summary>
    private static string Normalize(string name) => name.Replace("_", string.Empty, StringComparison.Ordinal).ToUpperInvariant();

    private static Dictionary<string, Type> BindRuntimeTypes(GraphQLSchema schema, ResolverRegistrations registrations, List<string> problems)
    {
        var byTypeName = new Dictionary<string, Type>(StringComparer.Ordinal);
        var byClrType = new Dictionary<Type, ObjectType>();
        foreach (var (clrType, typeName) in registrations.RuntimeTypes)
        {
            if (schema.GetType(typeName) is not ObjectType objectType)
            {
                problems.Add($"Runtime type {clrType.Name} is bound to \"{typeName}\", which is not an object type of the schema.");
                continue;
            }
            byTypeName[typeName] = clrType;
            byClrType[clrType] = objectType;
        }
        // Abstract types tell a value's object type from its CLR type (or a base of it), else as the engine does.
        string? NameOf(object value)
        {
            for (var type = value.GetType(); type is not null; type = type.BaseType)
            {
                if (byClrType.TryGetValue(type, out var objectType))
                {
                    return objectType.Name;
                }
            }
            return null;
        }
        TypeResolver resolveType = (value, context, abstractType) =>
            NameOf(value) is { } name ? new ValueTask<string?>(name) : DefaultResolvers.Type(value, context, abstractType);
        foreach (var type in schema.TypeMap.Values)
        {
            switch (type)
            {
                case InterfaceType @interface when @interface.ResolveType is null && !IntrospectionTypes.IsIntrospectionType(type):
                    @interface.ResolveType = resolveType;
                    break;
                case UnionType union when union.ResolveType is null:
                    union.ResolveType = resolveType;
                    break;
            }
        }
        return byTypeName;
    }

    private static void BindResolverClass(GraphQLSchema schema, Type resolverType, string typeName, ResolverCompiler compiler, List<string> problems)
    {
        if (schema.GetType(typeName) is not FieldsType fieldsType)
        {
            problems.Add($"Resolver class {resolverType.Name} is attached to \"{typeName}\", which is not an object type of the schema.");
            return;
        }
        var members = resolverType.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Where(m => m is MethodInfo { IsSpecialName: false } or PropertyInfo && m.GetCustomAttribute<GraphQLIgnoreAttribute>() is null);
        foreach (var member in members)
        {
            var fieldName = member.GetCustomAttribute<GraphQLNameAttribute>()?.Name ?? FieldName(member.Name);
            if (fieldsType.GetField(fieldName) is not { } field)
            {
                problems.Add($"{resolverType.Name}.{member.Name} resolves no field: \"{typeName}\" has no field \"{fieldName}\".");
                continue;
            }
            if (field.Resolver is not null || field.Subscriber is not null)
            {
                problems.Add($"Field {field.Coordinate} has two resolvers: {resolverType.Name}.{member.Name} and another.");
                continue;
            }
            var (resolver, subscriber) = compiler.Compile(resolverType, member, field);
            field.Resolver = resolver;
            field.Subscriber = subscriber;
        }
    }

    /// <summary>GetOrganizationsAsync resolves "organizations"; Organizations too.</summary>
    private static string FieldName(string memberName)
    {
        var name = memberName.EndsWith("Async", StringComparison.Ordinal) ? memberName[..^5] : memberName;
        if (name.StartsWith("Get", StringComparison.Ordinal) && name.Length > 3 && char.IsUpper(name[3]))
        {
            name = name[3..];
        }
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    private static void CheckEveryFieldResolves(GraphQLSchema schema, Dictionary<string, Type> runtimeTypes, List<string> problems)
    {
        foreach (var type in schema.TypeMap.Values.OfType<ObjectType>())
        {
            if (IntrospectionTypes.IsIntrospectionType(type))
            {
                continue;
            }
            runtimeTypes.TryGetValue(type.Name, out var clrType);
            foreach (var field in type.Fields.Values)
            {
                if (field.Resolver is not null || field.Subscriber is not null)
                {
                    continue;
                }
                if (clrType is null)
                {
                    problems.Add($"Field {field.Coordinate} has no resolver, and \"{type.Name}\" has no runtime type to read it from.");
                }
                else if (!HasReadableMember(clrType, field.Name))
                {
                    problems.Add($"Field {field.Coordinate} has no resolver, and {clrType.Name} has no property \"{field.Name}\".");
                }
            }
        }
    }

    private static bool HasReadableMember(Type type, string name) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Any(p => p.GetMethod is not null && string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));

    private static void CheckEveryScalarIsConfigured(GraphQLSchema schema, ResolverRegistrations registrations, List<string> problems)
    {
        foreach (var scalar in schema.TypeMap.Values.OfType<ScalarType>())
        {
            if (!scalar.IsSpecified && registrations.Scalars.All(s => s.TypeName != scalar.Name))
            {
                problems.Add($"Scalar \"{scalar.Name}\" has no coercion configured (AddScalar(\"{scalar.Name}\", ...)).");
            }
        }
    }
}
