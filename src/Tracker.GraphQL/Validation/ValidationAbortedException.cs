namespace Tracker.GraphQL.Validation;

/// <summary>Thrown when validation exceeds its work budget; reported as "Validation aborted.".</summary>
internal sealed class ValidationAbortedException : Exception
{
}
