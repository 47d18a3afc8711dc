using Tracker.Api.Infrastructure.Filtering;
using Tracker.Data.Entities;

namespace Tracker.Api.Tests;

/// <summary>
/// The naming rule that maps a filter or sort field onto the entity member it reads (README, "Layout"): the member of
/// the field's name, else a path through a navigation by the name's leading words; a name or a type nothing answers
/// fails when the map is built, not on the first request that uses it.
/// </summary>
public sealed class MemberPathTests
{
    [Theory]
    [InlineData("startsOn", "x.StartsOn")]
    [InlineData("kind", "x.Kind")]
    public void A_field_reads_the_member_of_its_name(string field, string expected) =>
        Assert.Equal(expected, MemberPath.Of<Event>(field).Body.ToString());

    [Theory]
    [InlineData("parentCode", "x.Parent.Code")]
    public void A_field_no_member_is_named_after_reads_through_a_navigation(string field, string expected) =>
        Assert.Equal(expected, MemberPath.Of<Jurisdiction>(field).Body.ToString());

    [Fact]
    public void A_nested_name_reads_through_the_navigation_of_its_leading_words() =>
        Assert.Equal("x.Jurisdiction.Kind", MemberPath.Of<StatusEvent>("jurisdictionKind").Body.ToString());

    [Fact]
    public void A_name_no_member_answers_fails_when_the_map_is_built()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new FilterMap<Event>().Named("title", "startsOnn"));
        Assert.Contains("\"startsOnn\"", error.Message);
    }

    [Fact]
    public void A_member_no_filter_input_compares_fails_when_the_map_is_built()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new FilterMap<Statistic>().Named("approximate"));
        Assert.Contains("\"approximate\"", error.Message);
    }
}
