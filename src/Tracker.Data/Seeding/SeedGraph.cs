// Over 300 lines on purpose: the seed's records in dependency order (sources, jurisdictions, counties, legislation,
// status events, organizations, people, letters, signatures), each resolving its references through the one set of
// lookups they share (what the database holds plus what this load adds); split by kind, every part would need all of
// them. The per-record builders are in SeedGraph.Record.cs.
using Microsoft.EntityFrameworkCore;
using Tracker.Data.Entities;

namespace Tracker.Data.Seeding;

/// <summary>
/// Turns seed records into entities, resolving every reference against what the database already holds and
/// what this load adds. Builds in memory only; the loader saves.
/// </summary>
internal sealed partial class SeedGraph
{
    private readonly Dictionary<string, Source> _sources;
    private readonly Dictionary<string, Jurisdiction> _jurisdictions;
    private readonly Dictionary<string, Legislation> _legislation;
    private readonly HashSet<string> _statusEvents;
    private readonly Dictionary<string, Organization> _organizations;
    private readonly Dictionary<string, Person> _people;
    private readonly Dictionary<string, Letter> _letters;
    private readonly HashSet<(int LetterId, int Position)> _signatures;
    private readonly List<object> _added = [];

    private SeedGraph(
        Dictionary<string, Source> sources, Dictionary<string, Jurisdiction> jurisdictions, Dictionary<string, Legislation> legislation,
        HashSet<string> statusEvents, Dictionary<string, Organization> organizations, Dictionary<string, Person> people,
        Dictionary<string, Letter> letters, HashSet<(int, int)> signatures)
    {
        _sources = sources;
        _jurisdictions = jurisdictions;
        _legislation = legislation;
        _statusEvents = statusEvents;
        _organizations = organizations;
        _people = people;
        _letters = letters;
        _signatures = signatures;
    }

    public HashSet<Jurisdiction> JurisdictionsWithNewEvents { get; } = [];

    /// <summary>The counties to add, with their state and sources (entities that have ids once the rest is saved).</summary>
    public List<PendingCounty> Counties { get; } = [];

    /// <summary>The keys already stored; their entities are tracked so new records can refer to them.</summary>
    public static async Task<SeedGraph> ReadExistingAsync(TrackerDbContext db, CancellationToken cancellationToken)
    {
        var graph = await ReadExistingBaseAsync(db, cancellationToken);
        await graph.ReadExistingRecordAsync(db, cancellationToken);
        return graph;
    }

    private static async Task<SeedGraph> ReadExistingBaseAsync(TrackerDbContext db, CancellationToken cancellationToken) => new(
        await db.Sources.ToDictionaryAsync(s => s.Slug, cancellationToken),
        await db.Jurisdictions.ToDictionaryAsync(j => j.Code, cancellationToken),
        await db.Legislation.ToDictionaryAsync(l => l.Slug, cancellationToken),
        (await db.StatusEvents.Select(e => e.Slug).ToListAsync(cancellationToken)).ToHashSet(),
        await db.Organizations.ToDictionaryAsync(o => o.Slug, cancellationToken),
        await db.People.ToDictionaryAsync(p => p.Slug, cancellationToken),
        await db.Letters.ToDictionaryAsync(l => l.Slug, cancellationToken),
        (await db.Signatures.Select(s => new { s.LetterId, s.Position }).ToListAsync(cancellationToken)).Select(s => (s.LetterId, s.Position)).ToHashSet());

    /// <summary>Builds the entities for every record not yet stored, in dependency order; returns the new roots.</summary>
    public List<object> Add(SeedSet seed, DateOnly today)
    {
        AddSources(seed.Sources);
        AddJurisdictions(seed.Jurisdictions);
        AddCounties(seed.Counties);
        AddBodies(seed.Bodies);
        var freshLegislation = AddLegislation(seed.Legislation);
        AddStatusEvents(seed.StatusEvents, today);
        AddOrganizations(seed.Organizations);
        AddPeople(seed.People);
        // Sponsors and stage actors are people, organisations or bodies: linked once all of them are known.
        AddLegislationLinks(freshLegislation);
        AddLetters(seed.Letters);
        AddSignatures(seed.Signatures);
        AddEvents(seed.Events);
        AddCases(seed.Cases);
        AddStatements(seed.Statements);
        AddStatistics(seed.Statistics);
        return _added;
    }

    private void AddSources(IReadOnlyList<SeedSource> records)
    {
        foreach (var r in records.Where(r => !_sources.ContainsKey(r.Id)))
        {
            var source = new Source { Slug = r.Id, File = r.File, Title = r.Title, Publisher = r.Publisher, Url = r.Url, PublishedOn = r.PublishedOn, Notes = r.Notes };
            _sources[r.Id] = source;
            _added.Add(source);
        }
    }

    private void AddJurisdictions(IReadOnlyList<SeedJurisdiction> records)
    {
        const string file = "jurisdictions.json";
        var fresh = records.Where(r => !_jurisdictions.ContainsKey(r.Code)).ToList();
        foreach (var r in fresh)
        {
            var jurisdiction = new Jurisdiction
            {
                Code = r.Code,
                Kind = Parse<JurisdictionKind>(r.Kind, file, r.Code),
                Name = r.Name,
                PostalCode = r.PostalCode,
                Fips = r.Fips,
                CurrentStatus = ParticipationStatus.Unknown,
                Citations = Cite(r.Sources, file, r.Code),
            };
            _jurisdictions[r.Code] = jurisdiction;
            _added.Add(jurisdiction);
        }
        // Parents in a second pass: a county may come before its state in the file.
        foreach (var r in fresh.Where(r => r.Parent is not null))
        {
            _jurisdictions[r.Code].Parent = Find(_jurisdictions, r.Parent!, file, r.Code, "jurisdiction");
        }
    }

    /// <summary>
    /// The counties of counties.json (and the Census sources they cite) not yet stored, to be written in bulk once
    /// their states and sources have ids (<see cref="SeedCounties"/>). A county whose FIPS code a stored or curated
    /// county already has is that county: it keeps its own record and history.
    /// </summary>
    private void AddCounties(SeedCountyFile file)
    {
        const string name = "counties.json";
        AddSources(file.Sources);
        var known = _jurisdictions.Values.Where(j => j.Kind == JurisdictionKind.County && j.Fips is not null).Select(j => j.Fips!).ToHashSet(StringComparer.Ordinal);
        foreach (var r in file.Counties.Where(r => !_jurisdictions.ContainsKey(r.Code) && !known.Contains(r.Fips)))
        {
            var state = Find(_jurisdictions, r.State, name, r.Code, "jurisdiction");
            if (!r.Fips.StartsWith(state.Fips ?? "?", StringComparison.Ordinal))
            {
                throw new SeedDataException(name, r.Code, $"FIPS {r.Fips} does not begin with {r.State}'s code {state.Fips}");
            }
            if (r.Sources.Count == 0)
            {
                throw new SeedDataException(name, r.Code, "a county must cite at least one source");
            }
            Counties.Add(new PendingCounty(r, state, r.Sources.Select(s => Find(_sources, s, name, r.Code, "source")).ToList()));
            known.Add(r.Fips);
        }
    }

    private List<SeedLegislation> AddLegislation(IReadOnlyList<SeedLegislation> records)
    {
        const string file = "legislation.json";
        var fresh = records.Where(r => !_legislation.ContainsKey(r.Id)).ToList();
        foreach (var r in fresh)
        {
            var legislation = new Legislation
            {
                Slug = r.Id,
                Jurisdiction = Find(_jurisdictions, r.Jurisdiction, file, r.Id, "jurisdiction"),
                Identifier = r.Identifier,
                Title = r.Title,
                Kind = Parse<LegislationKind>(r.Kind, file, r.Id),
                Stance = Parse<LegislationStance>(r.Stance, file, r.Id),
                Summary = r.Summary,
                Citations = Cite(r.Sources, file, r.Id),
                Stages = r.Stages.Select(s => new LegislationStage
                {
                    Stage = Parse<LegislationStageKind>(s.Stage, file, r.Id),
                    Date = s.Date,
                    DatePrecision = Parse<DatePrecision>(s.DatePrecision, file, r.Id),
                    DateQualifier = Parse<DateQualifier>(s.DateQualifier, file, r.Id),
                    EarliestOn = s.EarliestOn,
                    LatestOn = s.LatestOn,
                    Description = s.Description,
                    ActorName = s.ActorName,
                    VoteYes = s.Vote?.Yes,
                    VoteNo = s.Vote?.No,
                    VoteAbstain = s.Vote?.Abstain,
                    VoteText = s.Vote?.Text,
                    Citations = Cite(s.Sources, file, r.Id),
                }).ToList(),
            };
            _legislation[r.Id] = legislation;
            _added.Add(legislation);
        }
        return fresh;
    }

    private void AddStatusEvents(IReadOnlyList<SeedStatusEvent> records, DateOnly today)
    {
        const string file = "statusEvents.json";
        foreach (var r in records.Where(r => !_statusEvents.Contains(r.Id)))
        {
            var jurisdiction = Find(_jurisdictions, r.Jurisdiction, file, r.Id, "jurisdiction");
            if (r.Sources.Count == 0)
            {
                throw new SeedDataException(file, r.Id, "a status event must cite at least one source");
            }
            var precision = Parse<DatePrecision>(r.DatePrecision, file, r.Id);
            var qualifier = Parse<DateQualifier>(r.DateQualifier, file, r.Id);
            if (StatusEventDates.Problem(r.EffectiveOn, precision, qualifier, r.EarliestOn, r.LatestOn, today) is { } problem)
            {
                throw new SeedDataException(file, r.Id, problem.Message);
            }
            var statusEvent = new StatusEvent
            {
                Slug = r.Id,
                Jurisdiction = jurisdiction,
                Status = Parse<ParticipationStatus>(r.Status, file, r.Id),
                EffectiveOn = r.EffectiveOn,
                DatePrecision = precision,
                DateQualifier = qualifier,
                EarliestOn = r.EarliestOn,
                LatestOn = r.LatestOn,
                Actor = r.Actor,
                Description = r.Description,
                Legislation = r.Legislation is null ? null : Find(_legislation, r.Legislation, file, r.Id, "legislation"),
                Citations = Cite(r.Sources, file, r.Id),
            };
            _statusEvents.Add(r.Id);
            JurisdictionsWithNewEvents.Add(jurisdiction);
            _added.Add(statusEvent);
        }
    }

    private void AddOrganizations(IReadOnlyList<SeedOrganization> records)
    {
        const string file = "organizations.json";
        var fresh = records.Where(r => !_organizations.ContainsKey(r.Id)).ToList();
        foreach (var r in fresh)
        {
            var organization = new Organization
            {
                Slug = r.Id,
                Name = r.Name,
                NormalizedName = NameNormalizer.Normalize(r.Name),
                Acronym = r.Acronym,
                Kind = Parse<OrganizationKind>(r.Kind, file, r.Id),
                City = r.City,
                State = r.State,
                Website = r.Website,
                Notes = r.Notes,
                Aliases = r.Aliases.Select(a => new OrganizationAlias { Name = a, NormalizedName = NameNormalizer.Normalize(a) }).ToList(),
                Citations = Cite(r.Sources, file, r.Id),
            };
            _organizations[r.Id] = organization;
            _added.Add(organization);
        }
        // Parents in a second pass: the README allows a parent to come later in the file.
        foreach (var r in fresh.Where(r => r.Parent is not null))
        {
            _organizations[r.Id].Parent = Find(_organizations, r.Parent!, file, r.Id, "organization");
        }
    }

    private void AddPeople(IReadOnlyList<SeedPerson> records)
    {
        const string file = "people.json";
        foreach (var r in records.Where(r => !_people.ContainsKey(r.Id)))
        {
            var person = new Person
            {
                Slug = r.Id,
                Name = r.Name,
                NormalizedName = NameNormalizer.Normalize(r.Name),
                Title = r.Title,
                PostNominals = r.PostNominals,
                Body = r.Body is null ? null : Find(_bodies, r.Body, file, r.Id, "body"),
                Affiliation = r.Affiliation,
                Organization = r.Organization is null ? null : Find(_organizations, r.Organization, file, r.Id, "organization"),
                City = r.City,
                State = r.State,
                Notes = r.Notes,
                Citations = Cite(r.Sources, file, r.Id),
            };
            _people[r.Id] = person;
            _added.Add(person);
        }
    }

    private void AddLetters(IReadOnlyList<SeedLetter> records)
    {
        const string file = "letters.json";
        // A CAMPAIGN letter is an event now (events.json has one replacing each): never stored as a letter again.
        foreach (var r in records.Where(r => !_letters.ContainsKey(r.Slug) && !IsCampaign(r)))
        {
            var letter = new Letter
            {
                Slug = r.Slug,
                Title = r.Title,
                Kind = Parse<LetterKind>(r.Kind, file, r.Slug),
                WrittenOn = r.WrittenOn,
                WrittenOnPrecision = ParseOptional<DatePrecision>(r.WrittenOnPrecision, file, r.Slug),
                WrittenOnQualifier = ParseOptional<DateQualifier>(r.WrittenOnQualifier, file, r.Slug),
                DeliveredOn = r.DeliveredOn,
                DeliveredOnPrecision = ParseOptional<DatePrecision>(r.DeliveredOnPrecision, file, r.Slug),
                DeliveredOnQualifier = ParseOptional<DateQualifier>(r.DeliveredOnQualifier, file, r.Slug),
                Body = r.Body,
                ReportedSignatureCount = r.ReportedSignatureCount,
                SignatureCountNote = r.SignatureCountNote,
                Notes = r.Notes,
                Addressees =
                [
                    .. r.Addressees.Select((name, i) => Addressee(AddresseeRole.To, i, name, r.AddresseeRefs, file, r.Slug)),
                    .. r.Cc.Select((name, i) => Addressee(AddresseeRole.Cc, i, name, r.CcRefs, file, r.Slug)),
                ],
                Organizers = r.Organizers.Select(o => Find(_organizations, o, file, r.Slug, "organization")).ToList(),
                Targets = r.Targets.Select(t => Find(_jurisdictions, t, file, r.Slug, "jurisdiction")).ToList(),
                Citations = Cite(r.Sources, file, r.Slug),
            };
            _letters[r.Slug] = letter;
            _added.Add(letter);
        }
    }

    private void AddSignatures(IReadOnlyList<SeedSignature> records)
    {
        const string file = "signatures.json";
        foreach (var r in records)
        {
            var record = $"{r.Letter}#{r.Position}";
            var letter = Find(_letters, r.Letter, file, record, "letter");
            if (letter.Id != 0 && _signatures.Contains((letter.Id, r.Position)))
            {
                continue;
            }
            if ((r.Organization is null) == (r.Person is null))
            {
                throw new SeedDataException(file, record, "exactly one of \"organization\" and \"person\" must be set");
            }
            if (letter.Signatures.Any(s => s.Position == r.Position))
            {
                throw new SeedDataException(file, record, "two signatures share this position");
            }
            var signature = new Signature
            {
                Letter = letter,
                Organization = r.Organization is null ? null : Find(_organizations, r.Organization, file, record, "organization"),
                Person = r.Person is null ? null : Find(_people, r.Person, file, record, "person"),
                PrintedName = r.PrintedName,
                Position = r.Position,
                SignedOn = r.SignedOn,
            };
            signature.Signatories = Signatories(r, signature, file, record);
            letter.Signatures.Add(signature);
            if (letter.Id != 0)
            {
                _added.Add(signature);
            }
        }
    }

    private static bool IsCampaign(SeedLetter letter) => letter.Kind == "CAMPAIGN";

    private List<Citation> Cite(IEnumerable<SeedQuote> quotes, string file, string record) =>
        quotes.Select(q => new Citation { Source = Find(_sources, q.Source, file, record, "source"), Quote = q.Quote }).ToList();

    private static T Find<T>(Dictionary<string, T> known, string key, string file, string record, string what) =>
        known.TryGetValue(key, out var value) ? value : throw new SeedDataException(file, record, $"unknown {what} \"{key}\"");

    /// <summary>Seed enums are written as REFUSED_TO_JOIN; the entities' members are RefusedToJoin.</summary>
    private static TEnum Parse<TEnum>(string value, string file, string record)
        where TEnum : struct, Enum =>
        Enum.TryParse<TEnum>(value.Replace("_", string.Empty, StringComparison.Ordinal), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
            ? parsed
            : throw new SeedDataException(file, record, $"\"{value}\" is not a {typeof(TEnum).Name}");
}
