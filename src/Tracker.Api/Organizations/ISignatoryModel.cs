namespace Tracker.Api.Organizations;

/// <summary>What organisations and people share as signatories.</summary>
public interface ISignatoryModel
{
    int Key { get; }

    string Slug { get; }

    string Name { get; }

    string? State { get; }
}
