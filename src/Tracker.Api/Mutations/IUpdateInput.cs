namespace Tracker.Api.Mutations;

/// <summary>An input that changes one record: its global id and the version the maintainer read.</summary>
public interface IUpdateInput
{
    string Id { get; }

    int Version { get; }
}
