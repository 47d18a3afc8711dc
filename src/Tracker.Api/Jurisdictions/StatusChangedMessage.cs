namespace Tracker.Api.Jurisdictions;

/// <summary>What subscribers of <c>statusChanged</c> receive.</summary>
public sealed record StatusChangedMessage(string JurisdictionCode, StatusEventModel Event)
{
    /// <summary>The topic, narrowed by a jurisdiction's code.</summary>
    public static SubscriptionTopic<Jurisdiction, StatusChangedMessage, StatusEventModel> Topic { get; } =
        new("statusChanged", "jurisdiction", db => db.Jurisdictions, j => j.Code, m => m.JurisdictionCode, m => m.Event);
}
