namespace Tracker.GraphQL.Tests.Conformance;

/// <summary>
/// The committed exclusions (tests/conformance/exclusions.json) are checked, not trusted: each must name a
/// case that exists and give a reason, and the engine must still answer it differently from graphql-js, so
/// that an exclusion cannot outlive the divergence it excuses.
/// </summary>
public sealed class ExclusionTests
{
    [Fact]
    public void Every_exclusion_names_an_existing_case_once_and_gives_a_reason()
    {
        var problems = new List<string>();
        var seen = new HashSet<(string, string)>();
        foreach (var exclusion in Fixtures.Exclusions)
        {
            if (!Fixtures.AreaNames.Contains(exclusion.Area) || !Fixtures.Area(exclusion.Area).ContainsKey(exclusion.Id))
            {
                problems.Add($"{exclusion.Area}/{exclusion.Id} is not a fixture case");
            }
            if (string.IsNullOrWhiteSpace(exclusion.Reason))
            {
                problems.Add($"{exclusion.Area}/{exclusion.Id} has no reason");
            }
            if (!seen.Add((exclusion.Area, exclusion.Id)))
            {
                problems.Add($"{exclusion.Area}/{exclusion.Id} is listed twice");
            }
        }
        Assert.True(problems.Count == 0, "exclusions.json: " + string.Join("; ", problems));
    }

    [Fact]
    public async Task Every_excluded_case_still_differs_from_graphql_js()
    {
        var conforming = new List<string>();
        foreach (var exclusion in Fixtures.Exclusions)
        {
            if (!Fixtures.Area(exclusion.Area).ContainsKey(exclusion.Id))
            {
                continue; // reported by the test above
            }
            string? difference;
            try
            {
                var (expected, actual) = await CaseRunner.RunAsync(exclusion.Area, exclusion.Id);
                difference = JsonComparison.FindDifference(expected, actual);
            }
            catch (Exception exception)
            {
                difference = $"the engine throws {exception.GetType().Name}: {exception.Message}";
            }
            if (difference is null)
            {
                conforming.Add($"{exclusion.Area}/{exclusion.Id}");
            }
        }
        Assert.True(conforming.Count == 0, "These excluded cases now conform to graphql-js; remove them from tests/conformance/exclusions.json: " + string.Join(", ", conforming));
    }
}
