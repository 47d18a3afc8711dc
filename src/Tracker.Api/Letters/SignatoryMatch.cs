namespace Tracker.Api.Letters;

/// <summary>The existing signatories a row could mean.</summary>
public sealed record SignatoryMatch(IReadOnlyList<Organization> Organizations, IReadOnlyList<Person> People)
{
    public int Count => Organizations.Count + People.Count;
}
