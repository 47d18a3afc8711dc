namespace Tracker.Api.Jurisdictions;

public sealed record RetractStatusEventInput(string Id, int Version, string Reason) : IUpdateInput;
