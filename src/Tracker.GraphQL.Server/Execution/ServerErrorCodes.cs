namespace Tracker.GraphQL.Server.Execution;

/// <summary>extensions.code values the server adds (persisted documents follow Apollo's names, which clients know).</summary>
public static class ServerErrorCodes
{
    public const string BadRequest = "BAD_REQUEST";
    public const string PersistedQueryNotFound = "PERSISTED_QUERY_NOT_FOUND";
    public const string PersistedQueryHashMismatch = "PERSISTED_QUERY_HASH_MISMATCH";
    public const string PersistedDocumentRequired = "PERSISTED_DOCUMENT_REQUIRED";
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";
    public const string TooManyOperations = "TOO_MANY_OPERATIONS";
    public const string TooManyConnections = "TOO_MANY_CONNECTIONS";
    public const string IncrementalDeliveryNotAccepted = "INCREMENTAL_DELIVERY_NOT_ACCEPTED";
}
