namespace Tracker.Api.Organizations;

public sealed record MergeOrganizationsInput(string Survivor, int SurvivorVersion, string Merged, int MergedVersion);
