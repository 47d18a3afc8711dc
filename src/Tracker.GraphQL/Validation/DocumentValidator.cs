using Tracker.GraphQL.Language;
using Tracker.GraphQL.Types;
using Tracker.GraphQL.Utilities;

namespace Tracker.GraphQL.Validation;

/// <summary>Validates documents (spec §5; graphql-js validate and validateSDL).</summary>
public static class DocumentValidator
{
    /// <summary>
    /// Runs validation rules over an executable document; null rules means all specified rules. Errors come
    /// in graphql-js's order and wording.
    /// </summary>
    /// <exception cref="SchemaBuildException">
    /// The schema itself is invalid: like graphql-js's assertValidSchema, validation refuses to start, with
    /// the schema errors' messages joined by blank lines.
    /// </exception>
    public static IReadOnlyList<GraphQLError> Validate(
        GraphQLSchema schema,
        DocumentNode document,
        IReadOnlyList<ValidationRule>? rules = null,
        ValidationOptions? options = null)
    {
        options ??= ValidationOptions.Default;
        SchemaValidator.AssertValid(schema);
        var errors = new List<GraphQLError>();
        var context = new ValidationContext(schema, document, new TypeInfo(schema), error =>
        {
            if (errors.Count >= options.MaxErrors)
            {
                throw new TooManyErrorsException();
            }
            errors.Add(error.WithCode(ErrorCodes.ValidationFailed));
        }, options.HideSuggestions, options.AllowEmptySelectionSets);
        Run(context, rules ?? SpecifiedRules.All, visitDescriptions: false, errors);
        return errors;
    }

    /// <summary>
    /// The SDL rules graphql-js runs before building or extending a schema from a document (validateSDL);
    /// null rules means all of <see cref="SpecifiedRules.Sdl"/>.
    /// </summary>
    public static IReadOnlyList<GraphQLError> ValidateSdl(
        DocumentNode document,
        GraphQLSchema? schemaToExtend = null,
        IReadOnlyList<ValidationRule>? rules = null)
    {
        var errors = new List<GraphQLError>();
        var context = new ValidationContext(schemaToExtend, document, null, errors.Add, hideSuggestions: false, allowEmptySelectionSets: true);
        Run(context, rules ?? SpecifiedRules.Sdl, visitDescriptions: true, errors);
        return errors;
    }

    private static void Run(ValidationContext context, IReadOnlyList<ValidationRule> rules, bool visitDescriptions, List<GraphQLError> errors)
    {
        // Every rule registers on one visitor, which remembers whose handler each is (a rule skips subtrees alone).
        var visitor = new RuleVisitor(capacity: 4 * rules.Count);
        for (var i = 0; i < rules.Count; i++)
        {
            visitor.Rule = i;
            rules[i].Register(context, visitor);
        }
        var walker = new ValidationWalker(context, visitor, rules.Count, visitDescriptions);
        try
        {
            walker.Walk(context.Document);
        }
        catch (TooManyErrorsException)
        {
            errors.Add(new GraphQLError("Too many validation errors, error limit reached. Validation aborted.").WithCode(ErrorCodes.ValidationFailed));
        }
        catch (ValidationAbortedException)
        {
            errors.Add(new GraphQLError("Validation aborted.").WithCode(ErrorCodes.ValidationFailed));
        }
        finally
        {
            walker.Release();
        }
    }

    private sealed class TooManyErrorsException : Exception
    {
    }
}
