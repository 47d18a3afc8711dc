using System.Diagnostics;
using Bogus;
using Microsoft.EntityFrameworkCore;
using Tracker.Data;
using Tracker.Data.Entities;

namespace Tracker.ScaleBench;

/// <summary>How much to generate.</summary>
internal sealed record Scale(int Counties, int Cities, int People, int Organizations, int Letters, int Signatures, int StatusEvents, int Seed);

/// <summary>
/// Fills a seeded tracker database with fake data at scale (Bogus, fixed seed, so runs are repeatable): counties
/// and cities under the real states, organisations, people, letters, a million signatures in printed order,
/// status events for some places, and the search documents for all of it. Timings are printed per phase.
/// </summary>
internal sealed class Generator(TrackerDbContext db, Scale scale, TextWriter log)
{
    private static readonly DateTime Now = DateTime.UtcNow;
    private readonly Randomizer _random = new(scale.Seed);
    private readonly Faker _faker = new("en") { Random = new Randomizer(scale.Seed) };
    private readonly BulkTables _tables = new(db);

    public async Task RunAsync()
    {
        var total = Stopwatch.StartNew();
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
        await db.Database.OpenConnectionAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var states = await db.Jurisdictions.Where(j => j.Kind == JurisdictionKind.State).Select(j => new { j.Id, j.Code, j.Fips }).ToListAsync();
        var sourceId = Phase("source", () => InsertSource());
        var jurisdictions = Phase($"{scale.Counties:N0} counties and {scale.Cities:N0} cities", () => InsertJurisdictions(states.Select(s => (s.Id, s.Code, s.Fips!)).ToList()));
        // The seed's real counties (3,234) take events too.
        jurisdictions.AddRange(db.Jurisdictions.Where(j => j.Kind == JurisdictionKind.County && !j.Code.Contains("-gen-")).Select(j => (long)j.Id).ToList());
        Phase($"{scale.StatusEvents:N0} status events and current statuses", () => InsertStatusEvents(jurisdictions, sourceId));
        var organizations = Phase($"{scale.Organizations:N0} organisations", () => InsertOrganizations(states.Select(s => s.Code).ToList()));
        var people = Phase($"{scale.People:N0} people", () => InsertPeople(states.Select(s => s.Code).ToList()));
        var letters = Phase($"{scale.Letters:N0} letters", InsertLetters);
        var postgres = db.Database.IsNpgsql();
        if (postgres)
        {
            db.Database.ExecuteSqlRaw($"ALTER TABLE \"Signatures\" DISABLE TRIGGER {CountTrigger}");
        }
        Phase($"{scale.Signatures:N0} signatures", () => InsertSignatures(letters, organizations, people));
        if (postgres)
        {
            Phase("signatory counts", CountSignatories);
        }
        Phase("search documents", InsertSearchDocuments);
        Phase("commit", () => transaction.Commit());
        // PostgreSQL: VACUUM also sets the visibility map, without which no index-only scan pays off until autovacuum runs.
        Phase("analyze", () => db.Database.ExecuteSqlRaw(db.Database.IsNpgsql() ? "VACUUM ANALYZE;" : "ANALYZE;"));
        log.WriteLine($"total: {total.Elapsed.TotalSeconds:F1} s");
    }

    private T Phase<T>(string name, Func<T> work)
    {
        var watch = Stopwatch.StartNew();
        var result = work();
        log.WriteLine($"{name}: {watch.Elapsed.TotalSeconds:F1} s");
        return result;
    }

    private void Phase(string name, Action work) => Phase(name, () => { work(); return 0; });

    private long InsertSource()
    {
        using var sources = _tables.Open(typeof(Source), ["Slug", "Title", "Notes", "Version", "CreatedAt", "UpdatedAt"]);
        return sources.Insert("generated", "Generated test data", "Fake records written by bench/Tracker.ScaleBench for load tests.", 1, Now, Now);
    }

    private List<long> InsertJurisdictions(List<(int Id, string Code, string Fips)> states)
    {
        using var table = _tables.Open(typeof(Jurisdiction), ["Code", "Kind", "Name", "Fips", "ParentId", "CurrentStatus", "Version", "CreatedAt", "UpdatedAt"]);
        var ids = new List<long>(scale.Counties + scale.Cities);
        for (var i = 0; i < scale.Counties; i++)
        {
            var state = states[i % states.Count];
            // County codes 900-999 are not used by FIPS 6-4 in most states, so generated codes do not collide with real ones.
            var fips = i / states.Count < 100 ? $"{state.Fips}9{i / states.Count:D2}" : null;
            ids.Add(table.Insert($"{state.Code}-gen-county-{i}", "County", $"{_faker.Address.County()} #{i}", fips, state.Id, "Unknown", 1, Now, Now));
        }
        for (var i = 0; i < scale.Cities; i++)
        {
            var state = states[_random.Int(0, states.Count - 1)];
            ids.Add(table.Insert($"{state.Code}-gen-city-{i}", "City", $"{_faker.Address.City()} #{i}", null, state.Id, "Unknown", 1, Now, Now));
        }
        return ids;
    }

    /// <summary>
    /// Events dated as the sources date them: mostly exact days, some known only by a later document, after an
    /// earlier one (half of them bounded by a latest day), estimated, or planned, some only to the month or
    /// year; each with the counting day the rule gives, and the current statuses recomputed by the rule.
    /// </summary>
    private void InsertStatusEvents(List<long> jurisdictions, long sourceId)
    {
        string[] statuses = ["Participating", "RefusedToJoin", "Withdrew", "OptOutRequested", "LimitedByLaw", "ActivatedOverObjection"];
        var touched = new HashSet<int>();
        // The events are written when these are disposed, before the current statuses are computed from them.
        using (var events = _tables.Open(typeof(StatusEvent),
            ["Slug", "JurisdictionId", "Status", "EffectiveOn", "DatePrecision", "DateQualifier", "LatestOn", "CountsFrom", "Actor", "Description", "Version", "CreatedAt", "UpdatedAt"]))
        using (var citations = _tables.Open(typeof(Citation), ["SourceId", "StatusEventId", "Quote"]))
        {
            for (var i = 0; i < scale.StatusEvents; i++)
            {
                var jurisdiction = jurisdictions[_random.Int(0, jurisdictions.Count - 1)];
                var qualifier = _random.WeightedRandom([DateQualifier.Exact, DateQualifier.OnOrBefore, DateQualifier.OnOrAfter, DateQualifier.Estimated, DateQualifier.Planned], [0.5f, 0.3f, 0.1f, 0.05f, 0.05f]);
                var precision = _random.WeightedRandom([DatePrecision.Day, DatePrecision.Month, DatePrecision.Year], [0.8f, 0.15f, 0.05f]);
                var day = DateOnly.FromDateTime(_faker.Date.Between(new DateTime(2009, 1, 1), new DateTime(2015, 12, 31)));
                var date = StatusEventDates.PeriodStart(day, precision);
                DateOnly? latestOn = qualifier == DateQualifier.OnOrAfter && _random.Bool() ? StatusEventDates.PeriodEnd(date, precision).AddDays(_random.Int(1, 200)) : null;
                var id = events.Insert($"gen-event-{i}", jurisdiction, _random.ArrayElement(statuses), date, precision.ToString(), qualifier.ToString(), latestOn,
                    StatusEventDates.CountsFrom(date, precision, qualifier, latestOn), _faker.Name.FullName(), _faker.Lorem.Sentence(12), 1, Now, Now);
                citations.Insert(sourceId, id, null);
                touched.Add((int)jurisdiction);
            }
        }
        // The stored current status by the rule itself; their search documents are written with the others below.
        db.MaintainSearchDocuments = false;
        var today = DateOnly.FromDateTime(Now);
        foreach (var chunk in touched.Chunk(500))
        {
            JurisdictionStatuses.RecomputeAsync(db, chunk, today, default).GetAwaiter().GetResult();
        }
        db.SaveChanges();
        db.ChangeTracker.Clear();
        db.MaintainSearchDocuments = true;
    }

    private List<long> InsertOrganizations(List<string> states)
    {
        string[] kinds = ["Nonprofit", "Coalition", "Union", "Faith", "LegalServices", "LawFirm", "Government", "LawEnforcement", "Academic", "Other"];
        using var table = _tables.Open(typeof(Organization),
            ["Slug", "Name", "NormalizedName", "Acronym", "NormalizedAcronym", "Kind", "City", "State", "Version", "CreatedAt", "UpdatedAt"]);
        var ids = new List<long>(scale.Organizations);
        for (var i = 0; i < scale.Organizations; i++)
        {
            var name = $"{_faker.Company.CompanyName()} {_faker.Commerce.Department()} Alliance {i}";
            var acronym = _random.Bool(0.3f) ? _faker.Random.String2(4, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") : null;
            ids.Add(table.Insert($"gen-org-{i}", name, NameNormalizer.Normalize(name), acronym, NameNormalizer.AcronymKey(acronym),
                _random.ArrayElement(kinds), _faker.Address.City(), _random.Bool(0.8f) ? _random.ListItem(states) : null, 1, Now, Now));
        }
        return ids;
    }

    private List<long> InsertPeople(List<string> states)
    {
        string[] titles = ["Sheriff", "Chief", "Rev.", "Mayor", "Dr.", "Sister"];
        using var table = _tables.Open(typeof(Tracker.Data.Entities.Person), ["Slug", "Name", "NormalizedName", "Title", "Affiliation", "State", "Version", "CreatedAt", "UpdatedAt"]);
        var ids = new List<long>(scale.People);
        for (var i = 0; i < scale.People; i++)
        {
            var name = $"{_faker.Name.FullName()} {i}";
            ids.Add(table.Insert($"gen-person-{i}", name, NameNormalizer.Normalize(name), _random.ArrayElement(titles), $"{_faker.Address.County()}, {_faker.Address.State()}",
                _random.ListItem(states), 1, Now, Now));
        }
        return ids;
    }

    private List<long> InsertLetters()
    {
        string[] kinds = ["SignOnLetter", "SignOnLetter", "SignOnLetter", "Petition", "Report"];
        using var table = _tables.Open(typeof(Letter), ["Slug", "Title", "Kind", "WrittenOn", "Body", "Version", "CreatedAt", "UpdatedAt"]);
        var ids = new List<long>(scale.Letters);
        for (var i = 0; i < scale.Letters; i++)
        {
            var written = DateOnly.FromDateTime(_faker.Date.Between(new DateTime(2008, 1, 1), new DateTime(2016, 12, 31)));
            ids.Add(table.Insert($"gen-letter-{i}", $"{_faker.Lorem.Sentence(6).TrimEnd('.')} ({i})", _random.ArrayElement(kinds), written, _faker.Lorem.Paragraph(4), 1, Now, Now));
        }
        return ids;
    }

    /// <summary>
    /// PostgreSQL: the per-row trigger that keeps <c>LetterSignatoryCounts</c> is off while the signatures are
    /// copied, and the counts are made afterwards by the migration's own statement. Every row a letter's copy adds
    /// updates one of that letter's few count rows, and in one transaction each update walks the versions the
    /// transaction left of it: a letter of 300,000 signatures took minutes, and one chunk past Npgsql's 30-second
    /// COPY timeout broke the connection.
    /// </summary>
    private const string CountTrigger = "\"Signatures_CountAddedOrDeleted\"";

    private void CountSignatories()
    {
        db.Database.ExecuteSqlRaw("DELETE FROM \"LetterSignatoryCounts\"");
        db.Database.ExecuteSqlRaw(Tracker.Data.Migrations.SignatoryCountTriggers.Fill);
        db.Database.ExecuteSqlRaw($"ALTER TABLE \"Signatures\" ENABLE TRIGGER {CountTrigger}");
    }

    /// <summary>Signatures spread unevenly over letters (some long, most short), in printed order, 2% by people.</summary>
    private void InsertSignatures(List<long> letters, List<long> organizations, List<long> people)
    {
        using var table = _tables.Open(typeof(Signature), ["LetterId", "OrganizationId", "PersonId", "PrintedName", "Position", "Version", "CreatedAt", "UpdatedAt"]);
        var weights = letters.Select(_ => Math.Pow(_random.Double(), 3)).ToList();
        var sum = weights.Sum();
        var written = 0;
        for (var l = 0; l < letters.Count && written < scale.Signatures; l++)
        {
            var count = l == letters.Count - 1 ? scale.Signatures - written : (int)Math.Round(weights[l] / sum * scale.Signatures);
            count = Math.Min(count, scale.Signatures - written);
            for (var position = 1; position <= count; position++)
            {
                var byPerson = _random.Bool(0.02f);
                table.Insert(letters[l], byPerson ? null : organizations[_random.Int(0, organizations.Count - 1)], byPerson ? people[_random.Int(0, people.Count - 1)] : null,
                    $"Signatory {position}", position, 1, Now, Now);
            }
            written += count;
        }
        log.WriteLine($"  ({written:N0} signatures on {letters.Count:N0} letters)");
    }

    private void InsertSearchDocuments()
    {
        db.Database.ExecuteSqlRaw("""
            INSERT INTO "SearchDocuments" ("Kind", "EntityId", "Title", "Text")
            SELECT 'Organization', "Id", "Name", COALESCE("Acronym", '') || ' ' || COALESCE("City", '') FROM "Organizations" WHERE "Slug" LIKE 'gen-%';
            INSERT INTO "SearchDocuments" ("Kind", "EntityId", "Title", "Text")
            SELECT 'Person', "Id", "Name", COALESCE("Title", '') || ' ' || COALESCE("Affiliation", '') FROM "People" WHERE "Slug" LIKE 'gen-%';
            INSERT INTO "SearchDocuments" ("Kind", "EntityId", "Title", "Text")
            SELECT 'Letter', "Id", "Title", COALESCE("Body", '') FROM "Letters" WHERE "Slug" LIKE 'gen-%';
            INSERT INTO "SearchDocuments" ("Kind", "EntityId", "Title", "Text")
            SELECT 'Jurisdiction', "Id", "Name", "Code" FROM "Jurisdictions" WHERE "Code" LIKE '%-gen-%';
            """);
    }
}
