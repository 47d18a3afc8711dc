namespace Tracker.Api.Organizations;

public sealed record UpdatePersonInput(string Id, int Version, Optional<string?> Name, Optional<string?> Title, Optional<string?> Affiliation, Optional<string?> City, Optional<string?> State) : IUpdateInput;
