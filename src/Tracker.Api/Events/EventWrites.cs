using System.Globalization;

namespace Tracker.Api.Events;

/// <summary>Creating and updating events; each committed change is published to <c>eventChanged</c>.</summary>
public static class EventWrites
{
    public const string EventChangedTopic = "eventChanged";

    public static WritableKind<Event, EventModel, EventFields, EventPayload> Kind { get; } = new(
        EventQueryMaps.Records, "An event", SourcesRequired: true,
        (slug, citations) => new Event { Slug = slug, Title = "", Description = "", Citations = citations },
        ApplyAsync, (model, errors) => new EventPayload(model, errors),
        Topic: EventChangedTopic);

    /// <summary>Applies the fields given, then checks the fields that depend on each other as they will stand.</summary>
    private static async Task ApplyAsync(MutationScope scope, Event record, EventFields input, CancellationToken ct)
    {
        input.Kind.Then(kind => record.Kind = scope.NotCleared(kind, record.Kind, "kind"));
        input.Title.Then(title => record.Title = scope.Required<Event>(title, e => e.Title, "title") ?? record.Title);
        input.Description.Then(text => record.Description = scope.Required(text, UnboundedTextLimits.EventDescription, "description") ?? record.Description);
        input.StartsOn.Then(date =>
        {
            var starts = scope.Dated(date, DateParts.All, "startsOn");
            (record.StartsOn, record.DatePrecision, record.DateQualifier) = (starts?.On, starts?.Precision, starts?.Qualifier);
            (record.EarliestOn, record.LatestOn) = (starts?.EarliestOn, starts?.LatestOn);
        });
        input.StartTime.Then(time => record.StartTime = LocalTime(scope, time, "startTime"));
        input.EndsOn.Then(day =>
        {
            scope.WithinLimits(day, "endsOn");
            record.EndsOn = day;
        });
        input.EndTime.Then(time => record.EndTime = LocalTime(scope, time, "endTime"));
        input.TimeZone.Then(zone => record.TimeZone = TimeZone(scope, zone));
        input.PlaceName.Then(place => record.PlaceName = scope.Optional<Event>(place, e => e.PlaceName, "placeName"));
        input.Address.Then(address => record.Address = scope.Optional<Event>(address, e => e.Address, "address"));
        await scope.LinkAsync(input.Jurisdiction, scope.Db.Jurisdictions, j => j.Code, "jurisdiction", "jurisdiction", id => record.JurisdictionId = id, ct);
        await scope.LinkAllAsync(input.Targets, record, e => e.Targets, scope.Db.Jurisdictions, j => j.Code, "jurisdiction", "targets", ct);
        input.AnnouncedOn.Then(day =>
        {
            scope.NotInFuture(day, "announcedOn");
            record.AnnouncedOn = day;
        });
        input.Notes.Then(notes => record.Notes = scope.Optional(notes, UnboundedTextLimits.EventNotes, "notes"));
        foreach (var (ids, role, field) in new[] { (input.Organizers, ActorRole.Organizer, "organizers"), (input.Sponsors, ActorRole.Sponsor, "sponsors"), (input.Participants, ActorRole.Participant, "participants"), (input.AddressedTo, ActorRole.AddressedTo, "addressedTo") })
        {
            await scope.LinkActorsAsync(ids, record, record.Actors, role, field, ct);
        }
        await scope.LinkAllAsync(input.Letters, record, e => e.Letters, scope.Db.Letters, l => l.Slug, "letter", "letters", ct);
        await scope.LinkAllAsync(input.Legislation, record, e => e.Legislation, scope.Db.Legislation, l => l.Slug, "legislation", "legislation", ct);
        CheckSchedule(scope, record);
    }

    /// <summary>The end, the times and their zone, checked together as the event will stand.</summary>
    private static void CheckSchedule(MutationScope scope, Event record)
    {
        var start = record.StartsOn is { } on ? StatusEventDates.PeriodStart(on, record.DatePrecision ?? DatePrecision.Day) : (DateOnly?)null;
        if (record.EndsOn is { } ends && start is null)
        {
            scope.Invalid("An undated event has no end day; give \"startsOn\" too.", "endsOn");
        }
        else if (record.EndsOn < start)
        {
            scope.Invalid($"\"endsOn\" ({record.EndsOn:yyyy-MM-dd}) is before the event starts ({start:yyyy-MM-dd}).", "endsOn");
        }
        else if (record.EndsOn > scope.Today && record.DateQualifier != DateQualifier.Planned)
        {
            // The start's rule and clock (StatusEventDates.Problem): only an announced event may end in the future.
            scope.Invalid($"\"endsOn\" ({record.EndsOn:yyyy-MM-dd}) is in the future; record events once they have happened, or an announced event as PLANNED.", "endsOn");
        }
        if ((record.StartTime ?? record.EndTime) is not null && record.TimeZone is null)
        {
            scope.Invalid("A local time needs its time zone: give \"timeZone\" (e.g. America/Chicago).", "timeZone");
        }
        var sameDay = record.EndsOn is null || record.EndsOn == record.StartsOn;
        if (sameDay && record.EndTime < record.StartTime)
        {
            scope.Invalid($"\"endTime\" ({record.EndTime:HH\\:mm}) is before \"startTime\" ({record.StartTime:HH\\:mm}) on the same day.", "endTime");
        }
    }

    /// <summary>"HH:MM", 24-hour, as the read API prints it.</summary>
    private static TimeOnly? LocalTime(MutationScope scope, string? time, string field)
    {
        if (time is null)
        {
            return null;
        }
        if (!TimeOnly.TryParseExact(time, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            scope.Invalid($"\"{field}\" must be a 24-hour local time \"HH:MM\" (\"18:30\"); \"{time}\" is not.", field);
            return null;
        }
        return parsed;
    }

    /// <summary>An IANA zone this server knows (its tz database), within the column's length.</summary>
    private static string? TimeZone(MutationScope scope, string? zone)
    {
        var trimmed = scope.Optional<Event>(zone, e => e.TimeZone, "timeZone");
        if (trimmed is not null && !(TimeZoneInfo.TryFindSystemTimeZoneById(trimmed, out var found) && found.HasIanaId))
        {
            scope.Invalid($"\"timeZone\" must be an IANA time zone (\"America/Chicago\"); \"{trimmed}\" is not one.", "timeZone");
        }
        return trimmed;
    }
}
