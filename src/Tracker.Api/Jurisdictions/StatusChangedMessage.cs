namespace Tracker.Api.Jurisdictions;

/// <summary>What subscribers of <c>statusChanged</c> receive.</summary>
public sealed record StatusChangedMessage(string JurisdictionCode, StatusEventModel Event);
