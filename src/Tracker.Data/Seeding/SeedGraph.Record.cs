using Microsoft.EntityFrameworkCore;
using Tracker.Data.Entities;

namespace Tracker.Data.Seeding;

/// <summary>
/// The kinds issue 11 added (bodies, events, cases, statements, statistics) and the links to people, organisations
/// and bodies the older kinds gained. Matched by slug like the rest; an event that replaces a CAMPAIGN letter is
/// also matched by the letter's slug, so a database whose letters were moved by the migration does not get it twice.
/// </summary>
internal sealed partial class SeedGraph
{
    private Dictionary<string, Body> _bodies = [];
    private Dictionary<string, Event> _events = [];
    private HashSet<string> _movedLetters = [];
    private Dictionary<string, DeportationCase> _cases = [];
    private Dictionary<string, Statement> _statements = [];
    private Dictionary<string, Statistic> _statistics = [];

    private async Task ReadExistingRecordAsync(TrackerDbContext db, CancellationToken cancellationToken)
    {
        _bodies = await db.Bodies.ToDictionaryAsync(b => b.Slug, cancellationToken);
        _events = await db.Events.ToDictionaryAsync(e => e.Slug, cancellationToken);
        _movedLetters = (await db.Events.Where(e => e.LegacyLetterSlug != null).Select(e => e.LegacyLetterSlug!).ToListAsync(cancellationToken)).ToHashSet();
        _cases = await db.DeportationCases.ToDictionaryAsync(c => c.Slug, cancellationToken);
        _statements = await db.Statements.ToDictionaryAsync(s => s.Slug, cancellationToken);
        _statistics = await db.Statistics.ToDictionaryAsync(s => s.Slug, cancellationToken);
    }

    private void AddBodies(IReadOnlyList<SeedBody> records)
    {
        const string file = "bodies.json";
        var fresh = records.Where(r => !_bodies.ContainsKey(r.Id)).ToList();
        foreach (var r in fresh)
        {
            var body = new Body
            {
                Slug = r.Id,
                Name = r.Name,
                NormalizedName = NameNormalizer.Normalize(r.Name),
                Acronym = r.Acronym,
                Kind = Parse<BodyKind>(r.Kind, file, r.Id),
                Jurisdiction = Find(_jurisdictions, r.Jurisdiction, file, r.Id, "jurisdiction"),
                Address = r.Address,
                Notes = r.Notes,
                Aliases = r.Aliases.Select(a => new BodyAlias { Name = a, NormalizedName = NameNormalizer.Normalize(a) }).ToList(),
                Citations = Cite(r.Sources, file, r.Id),
            };
            _bodies[r.Id] = body;
            _added.Add(body);
        }
        // Parents in a second pass: a chamber may come before its legislature.
        foreach (var r in fresh.Where(r => r.Parent is not null))
        {
            _bodies[r.Id].Parent = Find(_bodies, r.Parent!, file, r.Id, "body");
        }
    }

    private void AddLegislationLinks(List<SeedLegislation> fresh)
    {
        const string file = "legislation.json";
        foreach (var r in fresh)
        {
            var legislation = _legislation[r.Id];
            legislation.Actors =
            [
                .. Links(r.Sponsors, ActorRole.Sponsor, file, r.Id),
                .. Links(r.Actors, ActorRole.Actor, file, r.Id),
                .. Links(r.Supporters, ActorRole.Supporter, file, r.Id),
                .. Links(r.Opponents, ActorRole.Opponent, file, r.Id),
            ];
            foreach (var (stage, record) in legislation.Stages.Zip(r.Stages))
            {
                stage.Actors = record.Actor is null ? [] : Links([record.Actor], ActorRole.Actor, file, r.Id);
            }
        }
    }

    private LetterAddressee Addressee(AddresseeRole role, int index, string name, List<SeedRef?>? refs, string file, string record)
    {
        // addresseeRefs / ccRefs run one to one with the printed names; null where the entry names no record.
        var actor = refs is not null && index < refs.Count && refs[index] is { } link ? Actor(link, file, record) : null;
        return new LetterAddressee { Role = role, Position = index + 1, Name = name, Person = actor?.Person, Organization = actor?.Organization, Body = actor?.Body };
    }

    private List<SignatureSignatory> Signatories(SeedSignature r, Signature signature, string file, string record)
    {
        if (r.Signatories is not { Count: > 0 } listed)
        {
            return [new SignatureSignatory { Position = 1, Organization = signature.Organization, Person = signature.Person }];
        }
        return listed.Select((s, i) => (s.Organization is null) == (s.Person is null)
            ? throw new SeedDataException(file, record, $"signatory {i + 1}: exactly one of \"organization\" and \"person\" must be set")
            : new SignatureSignatory
            {
                Position = i + 1,
                Organization = s.Organization is null ? null : Find(_organizations, s.Organization, file, record, "organization"),
                Person = s.Person is null ? null : Find(_people, s.Person, file, record, "person"),
            }).ToList();
    }

    private void AddEvents(IReadOnlyList<SeedEvent> records)
    {
        const string file = "events.json";
        foreach (var r in records.Where(r => !_events.ContainsKey(r.Id) && (r.ReplacesLetter is null || !_movedLetters.Contains(r.ReplacesLetter))))
        {
            RequireDatedTogether(r.StartsOn, r.DatePrecision, r.DateQualifier, file, r.Id);
            var ev = new Event
            {
                Slug = r.Id,
                Kind = Parse<EventKind>(r.Kind, file, r.Id),
                Title = r.Title,
                Description = r.Description,
                StartsOn = r.StartsOn,
                DatePrecision = ParseOptional<DatePrecision>(r.DatePrecision, file, r.Id),
                DateQualifier = ParseOptional<DateQualifier>(r.DateQualifier, file, r.Id),
                EarliestOn = r.EarliestOn,
                LatestOn = r.LatestOn,
                StartTime = r.StartTime,
                EndsOn = r.EndsOn,
                EndTime = r.EndTime,
                TimeZone = r.TimeZone,
                PlaceName = r.PlaceName,
                Address = r.Address,
                Jurisdiction = r.Jurisdiction is null ? null : Find(_jurisdictions, r.Jurisdiction, file, r.Id, "jurisdiction"),
                AnnouncedOn = r.AnnouncedOn,
                Notes = r.Notes,
                LegacyLetterSlug = r.ReplacesLetter,
                Actors =
                [
                    .. Links(r.Organizers, ActorRole.Organizer, file, r.Id),
                    .. Links(r.Sponsors, ActorRole.Sponsor, file, r.Id),
                    .. Links(r.Participants, ActorRole.Participant, file, r.Id),
                    .. Links(r.AddressedTo, ActorRole.AddressedTo, file, r.Id),
                ],
                Targets = r.Targets.Select(t => Find(_jurisdictions, t, file, r.Id, "jurisdiction")).ToList(),
                Letters = r.Letters.Select(l => Find(_letters, l, file, r.Id, "letter")).ToList(),
                Legislation = r.Legislation.Select(l => Find(_legislation, l, file, r.Id, "legislation")).ToList(),
                Citations = Cite(r.Sources, file, r.Id),
            };
            _events[r.Id] = ev;
            _added.Add(ev);
        }
    }

    private void AddCases(IReadOnlyList<SeedCase> records)
    {
        const string file = "cases.json";
        foreach (var r in records.Where(r => !_cases.ContainsKey(r.Id)))
        {
            RequireDatedTogether(r.ReportedOn, r.ReportedOnPrecision, r.ReportedOnQualifier, file, r.Id);
            var petitions = r.Petitions.Select(p => Find(_letters, p, file, r.Id, "letter")).ToList();
            if (petitions.FirstOrDefault(p => p.Kind != LetterKind.Petition) is { } notPetition)
            {
                throw new SeedDataException(file, r.Id, $"\"{notPetition.Slug}\" is not a PETITION");
            }
            var deportationCase = new DeportationCase
            {
                Slug = r.Id,
                Name = r.Name,
                NormalizedName = NameNormalizer.Normalize(r.Name),
                Community = r.Community,
                Jurisdiction = r.Jurisdiction is null ? null : Find(_jurisdictions, r.Jurisdiction, file, r.Id, "jurisdiction"),
                Situation = r.Situation,
                ReportedOn = r.ReportedOn,
                ReportedOnPrecision = ParseOptional<DatePrecision>(r.ReportedOnPrecision, file, r.Id),
                ReportedOnQualifier = ParseOptional<DateQualifier>(r.ReportedOnQualifier, file, r.Id),
                Notes = r.Notes,
                Petitions = petitions,
                Citations = Cite(r.Sources, file, r.Id),
            };
            _cases[r.Id] = deportationCase;
            _added.Add(deportationCase);
        }
    }

    private void AddStatements(IReadOnlyList<SeedStatement> records)
    {
        const string file = "statements.json";
        foreach (var r in records.Where(r => !_statements.ContainsKey(r.Id)))
        {
            RequireDatedTogether(r.Date, r.DatePrecision, r.DateQualifier, file, r.Id);
            var kind = Parse<StatementKind>(r.Kind, file, r.Id);
            var action = ParseOptional<ActionKind>(r.Action, file, r.Id);
            if ((kind == StatementKind.Action) != (action is not null))
            {
                throw new SeedDataException(file, r.Id, "\"action\" is set for an ACTION and only for one");
            }
            var statement = new Statement
            {
                Slug = r.Id,
                Kind = kind,
                Action = action,
                SpeakerName = r.SpeakerName,
                Text = r.Text,
                Language = r.Language,
                Date = r.Date,
                DatePrecision = ParseOptional<DatePrecision>(r.DatePrecision, file, r.Id),
                DateQualifier = ParseOptional<DateQualifier>(r.DateQualifier, file, r.Id),
                EarliestOn = r.EarliestOn,
                LatestOn = r.LatestOn,
                Letter = r.Letter is null ? null : Find(_letters, r.Letter, file, r.Id, "letter"),
                Legislation = r.Legislation is null ? null : Find(_legislation, r.Legislation, file, r.Id, "legislation"),
                Event = r.Event is null ? null : Find(_events, r.Event, file, r.Id, "event"),
                Notes = r.Notes,
                Actors = [.. Links(r.Speakers, ActorRole.Speaker, file, r.Id), .. Links(r.AddressedTo, ActorRole.AddressedTo, file, r.Id)],
                Jurisdictions = r.Jurisdictions.Select(j => Find(_jurisdictions, j, file, r.Id, "jurisdiction")).ToList(),
                Citations = Cite(r.Sources, file, r.Id),
            };
            _statements[r.Id] = statement;
            _added.Add(statement);
        }
    }

    private void AddStatistics(IReadOnlyList<SeedStatistic> records)
    {
        const string file = "statistics.json";
        foreach (var r in records.Where(r => !_statistics.ContainsKey(r.Id)))
        {
            if (r.Value is not null && (r.Low is not null || r.High is not null))
            {
                throw new SeedDataException(file, r.Id, "a statistic has a value or bounds, not both");
            }
            var statistic = new Statistic
            {
                Slug = r.Id,
                Value = r.Value,
                Low = r.Low,
                High = r.High,
                Approximate = r.Approximate,
                ValueText = r.ValueText,
                Unit = Parse<StatisticUnit>(r.Unit, file, r.Id),
                Counts = r.Counts,
                Jurisdiction = r.Jurisdiction is null ? null : Find(_jurisdictions, r.Jurisdiction, file, r.Id, "jurisdiction"),
                PeriodFrom = r.PeriodFrom,
                PeriodFromPrecision = ParseOptional<DatePrecision>(r.PeriodFromPrecision, file, r.Id),
                PeriodTo = r.PeriodTo,
                PeriodToPrecision = ParseOptional<DatePrecision>(r.PeriodToPrecision, file, r.Id),
                Basis = r.Basis,
                AttributedToName = r.AttributedToName,
                Statement = r.Statement is null ? null : Find(_statements, r.Statement, file, r.Id, "statement"),
                Letter = r.Letter is null ? null : Find(_letters, r.Letter, file, r.Id, "letter"),
                Passage = r.Passage,
                Notes = r.Notes,
                Actors = Links(r.AttributedTo, ActorRole.AttributedTo, file, r.Id),
                Citations = Cite(r.Sources, file, r.Id),
            };
            _statistics[r.Id] = statistic;
            _added.Add(statistic);
        }
    }

    /// <summary>The links of one role, numbered in printed order.</summary>
    private List<ActorLink> Links(List<SeedRef>? refs, ActorRole role, string file, string record) =>
        (refs ?? []).Select((r, i) => Actor(r, file, record).Link(role, i + 1)).ToList();

    private SeedActor Actor(SeedRef r, string file, string record) =>
        (r.Person is null ? 0 : 1) + (r.Organization is null ? 0 : 1) + (r.Body is null ? 0 : 1) != 1
            ? throw new SeedDataException(file, record, "a link names exactly one of \"person\", \"organization\" and \"body\"")
            : new SeedActor(
                r.Person is null ? null : Find(_people, r.Person, file, record, "person"),
                r.Organization is null ? null : Find(_organizations, r.Organization, file, record, "organization"),
                r.Body is null ? null : Find(_bodies, r.Body, file, record, "body"));

    /// <summary>A date, its precision and its qualifier are given together or not at all.</summary>
    private static void RequireDatedTogether(DateOnly? date, string? precision, string? qualifier, string file, string record)
    {
        if ((date is null) != (precision is null) || (date is null) != (qualifier is null))
        {
            throw new SeedDataException(file, record, "a date, its precision and its qualifier are given together or not at all");
        }
    }

    private static TEnum? ParseOptional<TEnum>(string? value, string file, string record)
        where TEnum : struct, Enum =>
        value is null ? null : Parse<TEnum>(value, file, record);
}
