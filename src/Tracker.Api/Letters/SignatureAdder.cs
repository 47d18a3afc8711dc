namespace Tracker.Api.Letters;

/// <summary>
/// Adds signatory rows to a letter inside a mutation scope: each row is validated, matched (see
/// <see cref="SignatoryMatcher"/>), and either signed by the one match, signed by a new signatory made from the row,
/// or reported (ambiguous, duplicate, invalid) and left out. Rows are numbered from <c>firstRow</c>, and signed
/// after the letter's last position. Nothing is saved here: the caller saves (or, for a dry run, does not), so the
/// cost is a few queries for the whole batch plus one save, in proportion to the number of rows.
/// </summary>
public static class SignatureAdder
{
    public static async Task<List<SignatureRowReport>> AddAsync(MutationScope scope, Letter letter, IReadOnlyList<SignatureRowInput> given, CancellationToken cancellationToken, int firstRow = 1)
    {
        // Rows come from the mutation and the CSV import alike: their text is matched and stored in NFC here, once.
        var rows = given.Select(Composed).ToList();
        var db = scope.Db;
        var position = await db.Signatures.Where(s => s.LetterId == letter.Id).MaxAsync(s => (int?)s.Position, cancellationToken) ?? 0;
        var signedOrganizations = (await db.Signatures.Where(s => s.LetterId == letter.Id && s.OrganizationId != null).Select(s => s.OrganizationId!.Value).ToListAsync(cancellationToken)).ToHashSet();
        var signedPeople = (await db.Signatures.Where(s => s.LetterId == letter.Id && s.PersonId != null).Select(s => s.PersonId!.Value).ToListAsync(cancellationToken)).ToHashSet();
        var problems = rows.Select(row => Problem(scope, row)).ToList();
        var valid = rows.Where((_, i) => problems[i] is null).ToList();
        var index = await SignatoryMatcher.LoadAsync(db, valid, cancellationToken);
        var slugs = await FreeSlugs.LoadAsync(db, valid.Select(row => InputChecks.SlugFrom((row.Name ?? row.PrintedName).Trim())), cancellationToken);
        // Signatories created earlier in this batch, so that two rows naming the same new group sign once.
        var created = new Dictionary<string, object>();
        // Signatories that sign in this batch (new ones have no id until saved).
        var signing = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var reports = new List<SignatureRowReport>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var number = firstRow + i;
            if (problems[i] is { } problem)
            {
                reports.Add(new SignatureRowReport(number, row.PrintedName, SignatureRowOutcome.Invalid, null, [], problem));
                continue;
            }
            var key = $"{row.Kind ?? SignatoryKind.Organization}:{SignatoryMatcher.NameKey(row)}";
            object signatory;
            var outcome = SignatureRowOutcome.Matched;
            if (created.TryGetValue(key, out var earlier))
            {
                signatory = earlier;
            }
            else
            {
                var match = index.Find(row);
                if (match.Count > 1)
                {
                    reports.Add(new SignatureRowReport(number, row.PrintedName, SignatureRowOutcome.Ambiguous, null, [.. match.Organizations, .. match.People],
                        $"{match.Count} signatories match \"{row.Name ?? row.PrintedName}\"; give the exact name."));
                    continue;
                }
                if (match.Count == 1)
                {
                    signatory = (object?)match.Organizations.FirstOrDefault() ?? match.People[0];
                }
                else
                {
                    signatory = await CreateAsync(db, slugs, row, cancellationToken);
                    index.AddCreated(signatory);
                    created[key] = signatory;
                    outcome = SignatureRowOutcome.Created;
                }
            }
            var alreadySigned = signatory switch
            {
                Organization { Id: not 0 } o => signedOrganizations.Contains(o.Id),
                Person { Id: not 0 } p => signedPeople.Contains(p.Id),
                _ => false,
            };
            if (alreadySigned || !signing.Add(signatory))
            {
                reports.Add(new SignatureRowReport(number, row.PrintedName, SignatureRowOutcome.Duplicate, null, [signatory], "This signatory already signed the letter."));
                continue;
            }
            var signature = new Signature
            {
                Letter = letter,
                Organization = signatory as Organization,
                Person = signatory as Person,
                PrintedName = row.PrintedName.Trim(),
                Position = ++position,
                SignedOn = row.SignedOn,
            };
            db.Signatures.Add(signature);
            reports.Add(new SignatureRowReport(number, row.PrintedName, outcome, signature, [], null));
        }
        return reports;
    }

    private static string? Problem(MutationScope scope, SignatureRowInput row)
    {
        if (string.IsNullOrWhiteSpace(row.PrintedName))
        {
            return "The printed name is empty.";
        }
        foreach (var (text, label, limit) in new[] { (row.PrintedName, "printed name", 1000), (row.Name, "name", 500), (row.Acronym, "acronym", 50), (row.City, "city", 200), (row.Title, "title", 200) })
        {
            if (text?.Trim().Length > limit)
            {
                return $"The {label} is longer than {limit:N0} characters.";
            }
            if (ForbiddenCharacters.Find(text) is { } forbidden)
            {
                return $"The {label} contains {forbidden}.";
            }
        }
        var name = row.Name ?? row.PrintedName;
        if (NameNormalizer.Normalize(name).Length == 0)
        {
            return "The name has no letter or digit to match or file it by.";
        }
        // A signatory made from the row must fit the record it becomes.
        var nameLimit = row.Kind == SignatoryKind.Person ? 300 : 500;
        if (name.Trim().Length > nameLimit)
        {
            return $"The name is longer than {nameLimit} characters, the most a{(row.Kind == SignatoryKind.Person ? " person's" : "n organisation's")} name has; give a shorter \"name\".";
        }
        if (row.SignedOn is { } signedOn && scope.Dates.Refusal(signedOn, scope.Today) is { } refusal)
        {
            return $"The signing date {signedOn:yyyy-MM-dd} {refusal}.";
        }
        if (row.SignedOn > scope.Today)
        {
            return $"The signing date {row.SignedOn:yyyy-MM-dd} is in the future.";
        }
        if (row.State is { } state && !InputChecks.IsPostalCode(state))
        {
            return $"\"{state}\" is not the postal code of a state, DC or a territory.";
        }
        return null;
    }

    private static SignatureRowInput Composed(SignatureRowInput row) => row with
    {
        PrintedName = ComposedText.Of(row.PrintedName)!,
        Name = ComposedText.Of(row.Name),
        Acronym = ComposedText.Of(row.Acronym),
        City = ComposedText.Of(row.City),
        Title = ComposedText.Of(row.Title),
    };

    private static async Task<object> CreateAsync(TrackerDbContext db, FreeSlugs slugs, SignatureRowInput row, CancellationToken cancellationToken)
    {
        var name = (row.Name ?? row.PrintedName).Trim();
        var slug = await slugs.TakeAsync(InputChecks.SlugFrom(name), cancellationToken);
        var state = row.State?.Trim().ToUpperInvariant();
        if (row.Kind == SignatoryKind.Person)
        {
            var person = new Person { Slug = slug, Name = name, NormalizedName = NameNormalizer.Normalize(name), Title = row.Title, City = row.City, State = state };
            db.People.Add(person);
            return person;
        }
        var organization = new Organization
        {
            Slug = slug, Name = name, NormalizedName = NameNormalizer.Normalize(name), Acronym = row.Acronym, Kind = OrganizationKind.Other, City = row.City, State = state,
            Notes = "Created from a signatory line; kind to be reviewed.",
        };
        db.Organizations.Add(organization);
        return organization;
    }
}
