using System.Collections;
using Tracker.GraphQL.Language;

namespace Tracker.GraphQL.Server.Execution;

/// <summary>
/// Refuses string input containing U+0000 before anything runs. GraphQL allows the character, but PostgreSQL
/// cannot store or even compare it (its text type rejects the byte), so a resolver handing such an argument to
/// the database would fail with an unexpected error; a clear BAD_USER_INPUT at the value is what the client
/// needs. Switched by <see cref="Configuration.GraphQLServerOptions.RefuseNulCharacters"/>.
/// </summary>
internal static class NulCharacterCheck
{
    private const string Why = "cannot contain U+0000 (the NUL character): the database cannot store it.";

    /// <summary>The first string literal of the document holding the character, as an error at its location.</summary>
    public static GraphQLError? InDocument(DocumentNode document)
    {
        var finder = new LiteralFinder();
        finder.Walk(document);
        return finder.Found is { } literal
            ? new GraphQLError($"String values {Why}", literal, null).WithCode(ErrorCodes.BadUserInput)
            : null;
    }

    /// <summary>The first variable whose value holds the character anywhere inside, as an error at its definition.</summary>
    public static GraphQLError? InVariables(OperationDefinitionNode operation, IReadOnlyDictionary<string, object?>? variables)
    {
        if (variables is null)
        {
            return null;
        }
        // Indexed: the definitions are an interface-typed list, whose enumerator would be boxed for every request.
        var definitions = operation.VariableDefinitions;
        for (var i = 0; i < definitions.Count; i++)
        {
            var definition = definitions[i];
            if (variables.TryGetValue(definition.Variable.Name.Value, out var value) && Holds(value))
            {
                return new GraphQLError($"Variable \"${definition.Variable.Name.Value}\" {Why}", definition, null).WithCode(ErrorCodes.BadUserInput);
            }
        }
        return null;
    }

    private static bool Holds(object? value)
    {
        // Most variables are a scalar: judged without the stack a nested value needs.
        switch (value)
        {
            case string text:
                return text.Contains('\0');
            case null or bool or double or int or long or decimal:
                return false;
        }
        // An explicit stack: variables are client-sized and may nest deeply.
        var pending = new Stack<object?>();
        pending.Push(value);
        while (pending.Count > 0)
        {
            switch (pending.Pop())
            {
                case string text when text.Contains('\0'):
                    return true;
                case IReadOnlyDictionary<string, object?> map: // JSON objects (JsonValues.ToClr's dictionaries)
                    foreach (var (key, item) in map)
                    {
                        if (key.Contains('\0'))
                        {
                            return true;
                        }
                        pending.Push(item);
                    }
                    break;
                case IEnumerable items and not string:
                    foreach (var item in items)
                    {
                        pending.Push(item);
                    }
                    break;
            }
        }
        return false;
    }

    private sealed class LiteralFinder : AstVisitor
    {
        public StringValueNode? Found { get; private set; }

        protected override bool Enter(Node node)
        {
            if (Found is null && node is StringValueNode literal && literal.Value.Contains('\0'))
            {
                Found = literal;
            }
            return Found is null;
        }
    }
}
