using Tracker.GraphQL.Language;
using Tracker.GraphQL.Server.Diagnostics;
using Tracker.GraphQL.Execution;
using Tracker.GraphQL.Execution.Limits;
using Tracker.GraphQL.Validation;

namespace Tracker.GraphQL.Server.Execution;

/// <summary>Preparing a request: its document text (sent or persisted), parsed and validated once (cached), the operation chosen and its limits checked.</summary>
public sealed partial class RequestExecutor
{
    /// <summary>The document and operation to run, or the request error that prevents it.</summary>
    private (DocumentNode Document, OperationDefinitionNode? Operation)? Prepare(GraphQLRequest request, RequestObservation? observation, out ExecutionResult? failure)
    {
        failure = null;
        if (ResolveText(request, observation, out var register, out var textHash, out var textError) is not { } text)
        {
            failure = ExecutionResult.FromErrors([textError!]);
            return null;
        }
        var cached = _documents.TryGet(text, out var document);
        // The hash names the document only where someone reads it: a trace, a persisted query. Hashing every request's
        // text was a tenth of a small query's work.
        var hash = textHash ?? (observation is not null ? DocumentCache.Hash(text) : null);
        observation?.DocumentLookup(hash!, cached);
        if (!cached)
        {
            if (ParseAndValidate(text, observation, out var errors) is not { } parsed)
            {
                failure = ExecutionResult.FromErrors(errors);
                return null;
            }
            document = parsed;
        }
        var operation = SelectOperation(document, request.OperationName);
        observation?.OperationChosen(operation, persistedDocuments.IsPreloaded(hash!));
        if (operation is not null)
        {
            if (!PassesLimits(document, operation, request.Variables, out var limitErrors))
            {
                failure = ExecutionResult.FromErrors(limitErrors);
                return null;
            }
            if (options.RefuseNulCharacters && NulCharacterCheck.InVariables(operation, request.Variables) is { } nul)
            {
                failure = ExecutionResult.FromErrors([nul]);
                return null;
            }
            // Kept only once it parsed, validated and passed the limits (as Apollo Server registers persisted
            // queries): documents refused by any of them take no room, however many a client sends.
            if (!cached)
            {
                _documents.Add(text, document);
            }
            if (register)
            {
                persistedDocuments.Add(hash!, text);
            }
        }
        return (document, operation);
    }

    /// <summary>
    /// Whether the operation is within the limits. An operation whose verdict read no variable (its page sizes,
    /// sorts and filters all written in the document) is measured once under these limits and remembered with its
    /// node, which lives as long as the cached document does; one sized by a variable is measured on every request.
    /// </summary>
    private bool PassesLimits(DocumentNode document, OperationDefinitionNode operation, IReadOnlyDictionary<string, object?>? variables, out IReadOnlyList<GraphQLError> errors)
    {
        var limits = options.Operation;
        if (_withinLimits.TryGetValue(operation, out var passed) && ReferenceEquals(passed, limits))
        {
            errors = [];
            return true;
        }
        errors = OperationLimitsAnalyzer.Check(Schema, document, operation, variables ?? NoVariables, limits, out var readVariables);
        if (errors.Count > 0)
        {
            return false;
        }
        if (!readVariables)
        {
            _withinLimits.AddOrUpdate(operation, limits);
        }
        return true;
    }

    /// <summary>The parsed document, or null with the syntax or validation errors.</summary>
    private DocumentNode? ParseAndValidate(string text, RequestObservation? observation, out IReadOnlyList<GraphQLError> errors)
    {
        DocumentNode document;
        using (var parsing = observation?.StartStep(GraphQLServerTelemetry.ParseSpan))
        {
            try
            {
                document = Parser.Parse(text, options.Parse);
            }
            catch (GraphQLError error)
            {
                parsing?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, ErrorCodes.ParseFailed);
                errors = [error];
                return null;
            }
        }
        using (var validating = observation?.StartStep(GraphQLServerTelemetry.ValidateSpan))
        {
            errors = DocumentValidator.Validate(Schema, document, options: new ValidationOptions { HideSuggestions = options.HideSuggestions });
            if (errors.Count > 0)
            {
                validating?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, ErrorCodes.ValidationFailed);
            }
        }
        if (errors.Count == 0 && options.RefuseNulCharacters && NulCharacterCheck.InDocument(document) is { } nul)
        {
            errors = [nul];
        }
        return errors.Count == 0 ? document : null;
    }

    /// <summary>
    /// The document text: sent, or looked up by its hash (automatic persisted queries); <paramref name="textHash"/> is
    /// the hash of a sent text, computed only when a hash came with it or only persisted documents may run (null
    /// otherwise, and for a looked-up one, whose client-given hash may differ in case).
    /// </summary>
    private string? ResolveText(GraphQLRequest request, RequestObservation? observation, out bool register, out string? textHash, out GraphQLError? error)
    {
        error = null;
        register = false;
        textHash = null;
        if (request.Extensions?.GetValueOrDefault("persistedQuery") is IReadOnlyDictionary<string, object?> persisted
            && !(persisted.GetValueOrDefault("version") is double version && version == 1))
        {
            error = Coded("Unsupported persisted query version: only version 1 is known.", ServerErrorCodes.BadRequest);
            return null;
        }
        var hash = PersistedHash(request);
        if (request.Query is { } query)
        {
            if (hash is null && !options.OnlyPersistedDocuments)
            {
                return query;
            }
            var actual = DocumentCache.Hash(query);
            if (hash is not null && !string.Equals(hash, actual, StringComparison.OrdinalIgnoreCase))
            {
                error = Coded("The persisted query hash does not match the query.", ServerErrorCodes.PersistedQueryHashMismatch);
                return null;
            }
            if (options.OnlyPersistedDocuments && !persistedDocuments.TryGet(actual, out _))
            {
                error = Coded("This server only executes persisted documents; this document is not one of them.", ServerErrorCodes.PersistedDocumentRequired);
                return null;
            }
            register = hash is not null;
            textHash = actual;
            return query;
        }
        if (hash is not null)
        {
            var found = persistedDocuments.TryGet(hash, out var known);
            observation?.PersistedLookup(found);
            if (found)
            {
                return known;
            }
            error = Coded("PersistedQueryNotFound", ServerErrorCodes.PersistedQueryNotFound);
            return null;
        }
        error = Coded("The request has no query.", ServerErrorCodes.BadRequest);
        return null;
    }

    private static string? PersistedHash(GraphQLRequest request) =>
        request.Extensions?.GetValueOrDefault("persistedQuery") is IReadOnlyDictionary<string, object?> persisted
            ? persisted.GetValueOrDefault("sha256Hash") as string
            : null;

    private static OperationDefinitionNode? SelectOperation(DocumentNode document, string? operationName)
    {
        OperationDefinitionNode? found = null;
        // Indexed, not OfType: an iterator per request for what is usually a one-definition document.
        var definitions = document.Definitions;
        for (var i = 0; i < definitions.Count; i++)
        {
            if (definitions[i] is not OperationDefinitionNode operation)
            {
                continue;
            }
            if (operationName is null)
            {
                if (found is not null)
                {
                    return null;
                }
                found = operation;
            }
            else if (operation.Name?.Value == operationName)
            {
                return operation;
            }
        }
        return found;
    }
}
