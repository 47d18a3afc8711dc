using System.Net;
using Microsoft.EntityFrameworkCore;
using Tracker.Api.Csv;
using Tracker.Data.Entities;

namespace Tracker.Api.Tests;

/// <summary>
/// The downloads of events, statistics, statements, deportation cases and bodies: each kind's columns and rows, its
/// filters (and the events' asOf), refused parameters, and formulas written as text.
/// </summary>
public sealed class RecordCsvTests(MaintainerApi api) : IClassFixture<MaintainerApi>
{
    /// <summary>The data policy every CSV answer carries, refusals included (nothing in a download runs or loads).</summary>
    private const string DataPolicy = "default-src 'none'; frame-ancestors 'none'; sandbox";

    private async Task<(HttpStatusCode Status, string Body)> GetAsync(string path)
    {
        using var client = api.Factory.CreateClient();
        using var response = await client.GetAsync(path);
        Assert.Equal(DataPolicy, string.Join(", ", response.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("nosniff", string.Join(", ", response.Headers.GetValues("X-Content-Type-Options")));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private async Task<List<Dictionary<string, string>>> RowsAsync(string path)
    {
        var (status, body) = await GetAsync(path);
        Assert.True(status == HttpStatusCode.OK, $"{path}: {(int)status} {body}");
        return CsvRows.Parse(body);
    }

    private static List<string> Slugs(List<Dictionary<string, string>> rows) => rows.Select(r => r["Slug"]).ToList();

    /// <summary>Each download's header, in the order the row records declare their columns.</summary>
    private static readonly Dictionary<string, string> Headers = new()
    {
        ["events.csv"] = "Slug,Kind,Title,StartsOn,DatePrecision,DateQualifier,EarliestOn,LatestOn,StartTime,EndsOn,EndTime,TimeZone,PlaceName,Address,Jurisdiction,State,AnnouncedOn,Description,Notes,Sources",
        ["statistics.csv"] = "Slug,ValueText,Value,Low,High,Approximate,Unit,Counts,Jurisdiction,PeriodFrom,PeriodFromPrecision,PeriodTo,PeriodToPrecision,Basis,AttributedTo,Statement,Letter,Passage,Notes,Sources",
        ["statements.csv"] = "Slug,Kind,Action,Speaker,Speakers,Date,DatePrecision,DateQualifier,EarliestOn,LatestOn,Language,Text,Jurisdictions,Letter,Event,Notes,Sources",
        ["deportation-cases.csv"] = "Slug,Name,Community,Jurisdiction,Situation,ReportedOn,ReportedOnPrecision,ReportedOnQualifier,Petitions,Notes,Sources",
        ["bodies.csv"] = "Slug,Name,Acronym,Kind,Jurisdiction,Parent,Address,Aliases,Notes,Sources",
    };

    [Fact]
    public async Task Each_kind_downloads_every_record_with_its_header_as_an_attachment()
    {
        var counts = await api.WithDbAsync(async db => new Dictionary<string, int>
        {
            ["events.csv"] = await db.Events.CountAsync(),
            ["statistics.csv"] = await db.Statistics.CountAsync(),
            ["statements.csv"] = await db.Statements.CountAsync(),
            ["deportation-cases.csv"] = await db.DeportationCases.CountAsync(),
            ["bodies.csv"] = await db.Bodies.CountAsync(),
        });
        using var client = api.Factory.CreateClient();

        Assert.Equal(Headers.Keys.Order(StringComparer.Ordinal), RecordCsvDownloads.All.Select(d => d.FileName).Order(StringComparer.Ordinal));
        foreach (var file in Headers.Keys)
        {
            using var response = await client.GetAsync($"/csv/{file}");
            var text = await response.Content.ReadAsStringAsync();
            var rows = CsvRows.Parse(text);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(DataPolicy, string.Join(", ", response.Headers.GetValues("Content-Security-Policy")));
            Assert.Equal("text/csv; charset=utf-8", response.Content.Headers.ContentType!.ToString());
            Assert.Equal($"attachment; filename=\"{file}\"", response.Content.Headers.ContentDisposition!.ToString());
            Assert.Equal(Headers[file], text.ReplaceLineEndings("\n").Split('\n')[0]);
            Assert.True(counts[file] > 0, file);
            Assert.Equal(counts[file], rows.Count);
            Assert.Equal(rows.Count, rows.Select(r => r["Slug"]).Distinct().Count());
        }
    }

    [Fact]
    public async Task Events_come_oldest_first_with_their_dates_place_and_sources_as_the_record_gives_them()
    {
        var rows = await RowsAsync("/csv/events.csv");

        var clinic = Assert.Single(rows, r => r["Slug"] == "legal-clinic-2011-08-27");
        Assert.Equal("LEGAL_CLINIC", clinic["Kind"]);
        Assert.Equal("2011-08-27", clinic["StartsOn"]);
        Assert.Equal("DAY", clinic["DatePrecision"]);
        Assert.Equal("PLANNED", clinic["DateQualifier"]);
        Assert.Equal("Walker Church", clinic["PlaceName"]);
        Assert.Equal("MN-minneapolis", clinic["Jurisdiction"]);
        Assert.Equal("MN", clinic["State"]);
        Assert.Equal(4, clinic["Sources"].Split("; ").Length);
        var dayOfAction = Assert.Single(rows, r => r["Slug"] == "national-day-of-action-restoring-community");
        Assert.Equal(("2011-01-01", "YEAR", "ESTIMATED"), (dayOfAction["StartsOn"], dayOfAction["DatePrecision"], dayOfAction["DateQualifier"]));
        var dated = rows.TakeWhile(r => r["StartsOn"] != "").Select(r => r["StartsOn"]).ToList();
        Assert.Equal(dated.Order(StringComparer.Ordinal), dated);
        Assert.All(rows.Skip(dated.Count), r => Assert.Equal("", r["StartsOn"]));
        Assert.Contains(rows.Skip(dated.Count), r => r["Slug"] == "arlington-task-force-hearing");
    }

    [Fact]
    public async Task Events_filter_by_kind_state_and_date_range_as_the_dashboard_does()
    {
        var clinics = await RowsAsync("/csv/events.csv?kind=LEGAL_CLINIC&state=MN");
        var meetings = await RowsAsync("/csv/events.csv?kind=MEETING,PROTEST&state=MN&from=2011-06-01&to=2011-12-31");
        var virginia = await RowsAsync("/csv/events.csv?state=VA");

        Assert.Equal(["legal-clinic-2011-08-27"], Slugs(clinics));
        Assert.Equal(["campaign-meeting-2011-06-04", "campaign-meeting-2011-12-17"], Slugs(meetings));
        Assert.Equal(["arlington-task-force-hearing"], Slugs(virginia));
    }

    [Theory]
    [InlineData("2011-08-26", false, false)]
    [InlineData("2011-08-27", true, false)]
    [InlineData("2011-12-30", true, false)]
    [InlineData("2011-12-31", true, true)]
    public async Task Events_as_of_a_day_are_those_the_record_says_had_started_by_then(string day, bool clinicListed, bool yearOfActionListed)
    {
        var rows = await RowsAsync($"/csv/events.csv?asOf={day}");

        var slugs = Slugs(rows);
        // The clinic is PLANNED for 27 August 2011 (a day); the day of action is dated only "2011" (YEAR), so by
        // README's rule the record says it had happened only by the year's last day.
        Assert.Equal(clinicListed, slugs.Contains("legal-clinic-2011-08-27"));
        Assert.Equal(yearOfActionListed, slugs.Contains("national-day-of-action-restoring-community"));
        Assert.Contains("campaign-meeting-2011-06-04", slugs);
        Assert.DoesNotContain("arlington-task-force-hearing", slugs);
        Assert.DoesNotContain("valentines-day-protest-2014-02-14", slugs);
        Assert.All(rows, r => Assert.True(string.CompareOrdinal(r["StartsOn"], day) <= 0, r["Slug"]));
    }

    [Fact]
    public async Task Events_as_of_the_last_day_a_date_can_name_are_every_event_whose_period_has_ended()
    {
        // 9999-12-31 has no next day to cut months and years at; it once answered 500.
        var slugs = Slugs(await RowsAsync("/csv/events.csv?asOf=9999-12-31"));

        Assert.Contains("valentines-day-protest-2014-02-14", slugs);
        Assert.Contains("national-day-of-action-restoring-community", slugs);
        Assert.DoesNotContain("arlington-task-force-hearing", slugs);
    }

    [Fact]
    public async Task Statistics_give_the_printed_figure_its_number_and_passage_and_filter_by_unit_and_state()
    {
        var rows = await RowsAsync("/csv/statistics.csv");
        var florida = await RowsAsync("/csv/statistics.csv?state=FL&unit=PERCENT");

        var seventyNine = Assert.Single(rows, r => r["Slug"] == "mirac-petty-or-no-offence-79");
        Assert.Equal(("79%", "79", "PERCENT", "US"), (seventyNine["ValueText"], seventyNine["Value"], seventyNine["Unit"], seventyNine["Jurisdiction"]));
        Assert.Contains("79", seventyNine["Passage"]);
        var overHalf = Assert.Single(rows, r => r["Slug"] == "miami-dade-noncriminal-over-50");
        Assert.Equal(("", "50"), (overHalf["Value"], overHalf["Low"]));
        Assert.Equal(["miami-dade-noncriminal-over-50"], Slugs(florida));
        // Two units at once, comma-separated: the counts of people.
        Assert.Equal(["ice-deportation-goal", "obama-deportations-1-million"], Slugs(await RowsAsync("/csv/statistics.csv?unit=PEOPLE,PEOPLE_PER_YEAR")).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Statements_name_their_speakers_and_places_and_filter_by_kind_state_and_date()
    {
        var rows = await RowsAsync("/csv/statements.csv");
        var illinois = await RowsAsync("/csv/statements.csv?state=IL");
        var actions2011 = await RowsAsync("/csv/statements.csv?kind=ACTION&from=2011-01-01&to=2011-12-31");

        var fbi = Assert.Single(rows, r => r["Slug"] == "fbi-mandatory-recommendation-2009");
        Assert.Equal(("ACTION", "RECOMMENDATION", "the FBI", "2009-06-01", "MONTH", "ON_OR_BEFORE", "US"),
            (fbi["Kind"], fbi["Action"], fbi["Speaker"], fbi["Date"], fbi["DatePrecision"], fbi["DateQualifier"], fbi["Jurisdictions"]));
        Assert.NotEqual("", fbi["Speakers"]);
        Assert.NotEmpty(illinois);
        Assert.All(illinois, r => Assert.Contains(r["Jurisdictions"].Split("; "), code => code == "IL" || code.StartsWith("IL-", StringComparison.Ordinal)));
        Assert.NotEmpty(actions2011);
        Assert.All(actions2011, r => Assert.True(r["Kind"] == "ACTION" && r["Date"].StartsWith("2011-", StringComparison.Ordinal), r["Slug"]));
        Assert.True(illinois.Count < rows.Count && actions2011.Count < rows.Count);
    }

    [Fact]
    public async Task The_seven_people_of_the_Cambodian_petitions_download_with_their_petition()
    {
        var rows = await RowsAsync("/csv/deportation-cases.csv?petition=cambodian-deportation-petitions-2016");

        Assert.Equal(7, rows.Count);
        var ched = Assert.Single(rows, r => r["Name"] == "Ched Nin");
        Assert.Equal(("Cambodian", "MN", "2016-09-09", "DAY", "EXACT"), (ched["Community"], ched["Jurisdiction"], ched["ReportedOn"], ched["ReportedOnPrecision"], ched["ReportedOnQualifier"]));
        Assert.Contains("cambodian-deportation-petitions-2016", ched["Petitions"].Split("; "));
        Assert.Equal(rows.Select(r => r["Name"]).OrderBy(n => n.ToLowerInvariant(), StringComparer.Ordinal), rows.Select(r => r["Name"]));
    }

    [Fact]
    public async Task Bodies_download_with_kind_jurisdiction_and_aliases_and_filter_by_kind_and_state()
    {
        var rows = await RowsAsync("/csv/bodies.csv");
        var departments = await RowsAsync("/csv/bodies.csv?kind=DEPARTMENT&state=US");

        var dhs = Assert.Single(rows, r => r["Slug"] == "dhs");
        Assert.Equal(("Department of Homeland Security", "DHS", "DEPARTMENT", "US", "Homeland Security"), (dhs["Name"], dhs["Acronym"], dhs["Kind"], dhs["Jurisdiction"], dhs["Aliases"]));
        Assert.NotEqual("", dhs["Sources"]);
        Assert.Contains(departments, r => r["Slug"] == "dhs");
        Assert.All(departments, r => Assert.Equal(("DEPARTMENT", "US"), (r["Kind"], r["Jurisdiction"])));
    }

    /// <summary>Query strings each download must refuse, and what the refusal says.</summary>
    public static TheoryData<string, string> Refused => new()
    {
        { "/csv/events.csv?kind=PICNIC", "The parameter \"kind\" takes MEETING, PROTEST," },
        { "/csv/events.csv?kind=MEETING,", "The parameter \"kind\" takes" },
        { "/csv/events.csv?asOf=2011-02-30", "The parameter \"asOf\" takes a date YYYY-MM-DD; \"2011-02-30\" is not." },
        { "/csv/events.csv?from=yesterday", "The parameter \"from\" takes a date YYYY-MM-DD" },
        { "/csv/events.csv?state=MN'%20OR%201=1", "The parameter \"state\" takes a jurisdiction code such as MN" },
        { "/csv/events.csv?kind=MEETING&kind=PROTEST", "The parameter \"kind\" is given 2 times; give it once (lists are comma-separated)." },
        { "/csv/events.csv?jurisdiction=MN", "Unknown parameter \"jurisdiction\": this download takes kind (" },
        { "/csv/statistics.csv?unit=PERCENTAGE", "The parameter \"unit\" takes PERCENT, PEOPLE, PEOPLE_PER_YEAR" },
        { "/csv/statements.csv?asOf=2011-01-01", "Unknown parameter \"asOf\"" },
        { "/csv/deportation-cases.csv?kind=PETITION", "Unknown parameter \"kind\"" },
        { "/csv/deportation-cases.csv?petition=Not%20A%20Slug", "The parameter \"petition\" takes a slug such as morton-2011-07-20" },
        { "/csv/bodies.csv?kind=club", "The parameter \"kind\" takes LEGISLATURE" },
        // Well-formed but unknown: an empty file would pass for "none there".
        { "/csv/events.csv?state=ZZ", "The parameter \"state\" takes a jurisdiction code such as MN; no jurisdiction has the code \"ZZ\"" },
        { "/csv/events.csv?state=mn", "no jurisdiction has the code \"mn\"" },
        { "/csv/statistics.csv?state=ZZ", "no jurisdiction has the code \"ZZ\"" },
        { "/csv/statements.csv?state=ZZ-nowhere", "no jurisdiction has the code \"ZZ-nowhere\"" },
        { "/csv/deportation-cases.csv?state=ZZ", "no jurisdiction has the code \"ZZ\"" },
        { "/csv/bodies.csv?state=ZZ", "no jurisdiction has the code \"ZZ\"" },
        { "/csv/deportation-cases.csv?petition=nope", "The parameter \"petition\" takes a slug such as morton-2011-07-20; no petition has the slug \"nope\"." },
        { "/csv/deportation-cases.csv?petition=morton-2011-07-20", "no petition has the slug \"morton-2011-07-20\"." },
        // A period that ends before it starts would select nothing.
        { "/csv/statements.csv?from=2012-01-01&to=2011-01-01", "The period is empty: \"from\" (2012-01-01) is after \"to\" (2011-01-01)." },
        { "/csv/events.csv?to=2011-01-01&from=2011-01-02", "The period is empty: \"from\" (2011-01-02) is after \"to\" (2011-01-01)." },
    };

    /// <summary>Echoed values come from the URL: a control character in one is written as an escape, never sent raw to a terminal.</summary>
    [Theory]
    [InlineData("/csv/events.csv?kind=%1B%5B2J%1B%5D0;owned%07", "The parameter \"kind\" takes MEETING", "\"\\u001B[2J\\u001B]0;owned\\u0007\" is not.")]
    [InlineData("/csv/statistics.csv?x%1B%5B31m=1", "Unknown parameter \"x\\u001B[31m\"", "this download takes unit (")]
    [InlineData("/csv/statements.csv?from=%E2%80%AE1102-10-10", "The parameter \"from\" takes a date YYYY-MM-DD", "\"\\u202E1102-10-10\" is not.")]
    [InlineData("/csv/letters/%1B%5B2J/signatories.csv", "No letter has the slug \"\\u001B[2J\"", ".")]
    public async Task A_refusal_escapes_the_control_characters_it_quotes(string path, string start, string end)
    {
        var (status, body) = await GetAsync(path);

        Assert.True(status is HttpStatusCode.BadRequest or HttpStatusCode.NotFound, $"{(int)status} {body}");
        Assert.StartsWith(start, body);
        Assert.Contains(end, body);
        Assert.DoesNotContain(body, c => char.IsControl(c) || c == '\u202E');
    }

    [Fact]
    public async Task An_unknown_letters_download_is_a_404_in_plain_text()
    {
        using var client = api.Factory.CreateClient();

        using var response = await client.GetAsync("/csv/letters/no-such-letter/signatories.csv");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/plain; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal("No letter has the slug \"no-such-letter\".", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task A_parameter_the_download_cannot_read_is_refused_with_what_it_takes(string path, string message)
    {
        var (status, body) = await GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(message, body);
    }

    [Fact]
    public async Task Formulas_in_every_kinds_texts_reach_its_download_as_text()
    {
        var formula = CsvTests.Formulas;
        await api.WithDbAsync(async db =>
        {
            var mn = await db.Jurisdictions.SingleAsync(j => j.Code == "MN");
            for (var i = 0; i < formula.Length; i++)
            {
                db.Events.Add(new Event { Slug = $"csv-formula-event-{i}", Kind = EventKind.Other, Title = formula[i], Description = formula[i], PlaceName = formula[i], Address = formula[i], Notes = formula[i] });
                db.Statistics.Add(new Statistic { Slug = $"csv-formula-statistic-{i}", ValueText = formula[i], Counts = formula[i], Passage = formula[i], Basis = formula[i], AttributedToName = formula[i] });
                db.Statements.Add(new Statement { Slug = $"csv-formula-statement-{i}", Kind = StatementKind.Quote, Text = formula[i], SpeakerName = formula[i], Language = "en", Notes = formula[i] });
                db.DeportationCases.Add(new DeportationCase { Slug = $"csv-formula-case-{i}", Name = formula[i], NormalizedName = $"csv formula case {i}", Community = formula[i], Situation = formula[i] });
                db.Bodies.Add(new Body { Slug = $"csv-formula-body-{i}", Name = formula[i], NormalizedName = $"csv formula body {i}", Acronym = formula[i], Address = formula[i], JurisdictionId = mn.Id });
            }
            return await db.SaveChangesAsync();
        });

        foreach (var download in RecordCsvDownloads.All)
        {
            var rows = await RowsAsync($"/csv/{download.FileName}");
            var planted = rows.Where(r => r["Slug"].StartsWith("csv-formula-", StringComparison.Ordinal)).ToList();

            Assert.Equal(formula.Length, planted.Count);
            // Every planted text cell reads as the formula behind a quote, never as a formula.
            Assert.All(planted, row => Assert.Contains(row.Values, cell => formula.Any(f => cell == "'" + f)));
            Assert.DoesNotContain(rows.SelectMany(r => r.Values), cell => cell.Length > 0 && "=+-@\t\r".Contains(cell[0]));
        }
    }
}
