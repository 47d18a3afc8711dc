using Microsoft.EntityFrameworkCore;
using Tracker.Data.Entities;

namespace Tracker.Data.Tests;

/// <summary>
/// Letters, organisations and people of a random write sequence, on top of the seed, and the writes it draws from:
/// each kind of write the server makes that can move a signatory count, in the shapes the server makes them
/// (tracked saves as mutations and the import do, one save per batch of signatures, a merge's moves and delete in
/// one save, set-based statements, a rolled-back transaction). States come from a small pool, so that writes
/// often meet on the same count.
/// </summary>
internal sealed class SignatoryWorld
{
    private static readonly string?[] StatePool = ["MN", "WI", "CA", null];

    private int _created;

    private SignatoryWorld(List<int> letters, List<int> organizations, List<int> people)
    {
        Letters = letters;
        Organizations = organizations;
        People = people;
    }

    /// <summary>The seed's letters and three of the world's own (whose signatures may be deleted wholesale).</summary>
    public List<int> Letters { get; }

    public List<int> OwnLetters { get; } = [];

    /// <summary>The world's own organisations (merges delete them) and people.</summary>
    public List<int> Organizations { get; }

    public List<int> People { get; }

    public static async Task<SignatoryWorld> CreateAsync(TempDatabase database, Random random)
    {
        await using var db = await database.Factory.CreateDbContextAsync();
        var world = new SignatoryWorld(await db.Letters.Select(l => l.Id).ToListAsync(), [], []);
        var letters = Enumerable.Range(1, 3).Select(i => new Letter { Slug = $"counted-{i}", Title = $"Counted {i}" }).ToList();
        var organizations = Enumerable.Range(0, 12).Select(_ => world.NewOrganization(random)).ToList();
        var people = Enumerable.Range(0, 6).Select(_ => world.NewPerson(random)).ToList();
        db.AddRange(letters);
        db.AddRange(organizations);
        db.AddRange(people);
        await db.SaveChangesAsync();
        world.OwnLetters.AddRange(letters.Select(l => l.Id));
        world.Letters.AddRange(world.OwnLetters);
        world.Organizations.AddRange(organizations.Select(o => o.Id));
        world.People.AddRange(people.Select(p => p.Id));
        return world;
    }

    public static readonly SignatoryWrite[] Writes =
    [
        new("add signatures", (world, db, random) => world.AddSignaturesAsync(db, random, random.Next(1, 6))),
        new("import a batch of signatures", (world, db, random) => world.AddSignaturesAsync(db, random, 25)),
        new("delete a signature", async (world, db, random) =>
        {
            if (await RandomSignatureAsync(db, random) is { } signature)
            {
                db.Signatures.Remove(signature);
                await db.SaveChangesAsync();
            }
        }),
        new("withdraw a signature", async (world, db, random) =>
        {
            if (await RandomSignatureAsync(db, random) is { WithdrawnOn: null } signature)
            {
                signature.WithdrawnOn = new DateOnly(2012, 1, 1);
                await db.SaveChangesAsync();
            }
        }),
        new("move a signature to another letter", async (world, db, random) =>
        {
            if (await RandomSignatureAsync(db, random) is { } signature)
            {
                signature.LetterId = Pick(world.Letters, random);
                signature.Position = await NextPositionAsync(db, signature.LetterId);
                await db.SaveChangesAsync();
            }
        }),
        new("give a signature another signer", async (world, db, random) =>
        {
            if (await RandomSignatureAsync(db, random) is { } signature)
            {
                world.SetSigner(signature, random);
                await db.SaveChangesAsync();
            }
        }),
        new("change an organisation's state", async (world, db, random) =>
        {
            var organization = await db.Organizations.SingleAsync(o => o.Id == Pick(world.Organizations, random));
            organization.State = Pick(StatePool, random);
            await db.SaveChangesAsync();
        }),
        new("change a person's state", async (world, db, random) =>
        {
            var person = await db.People.SingleAsync(p => p.Id == Pick(world.People, random));
            person.State = Pick(StatePool, random);
            await db.SaveChangesAsync();
        }),
        new("merge two organisations", async (world, db, random) =>
        {
            // As mergeOrganizations does: the duplicate's signatures move to the survivor and it is deleted, in one save.
            if (world.Organizations.Count < 3)
            {
                return;
            }
            var duplicate = Pick(world.Organizations, random);
            var survivor = Pick(world.Organizations.Where(id => id != duplicate).ToList(), random);
            var moved = await db.Signatures.Where(s => s.OrganizationId == duplicate).ToListAsync();
            moved.ForEach(s => s.OrganizationId = survivor);
            db.Organizations.Remove(await db.Organizations.SingleAsync(o => o.Id == duplicate));
            await db.SaveChangesAsync();
            world.Organizations.Remove(duplicate);
            db.Organizations.Add(world.NewOrganization(random));
            await db.SaveChangesAsync();
            world.Organizations.Add(await db.Organizations.Where(o => o.Slug == $"counted-organization-{world._created}").Select(o => o.Id).SingleAsync());
        }),
        new("move every signature of a signer in one statement", async (world, db, random) =>
        {
            var from = Pick(world.Organizations, random);
            var to = Pick(world.People, random);
            await db.Signatures.Where(s => s.OrganizationId == from)
                .ExecuteUpdateAsync(set => set.SetProperty(s => s.OrganizationId, (int?)null).SetProperty(s => s.PersonId, to));
        }),
        new("delete a letter's signatures in one statement", async (world, db, random) =>
        {
            var letter = Pick(world.OwnLetters, random);
            await db.Signatures.Where(s => s.LetterId == letter).ExecuteDeleteAsync();
        }),
        new("roll back additions and a state change", async (world, db, random) =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await world.AddSignaturesAsync(db, random, 3);
            var organization = await db.Organizations.SingleAsync(o => o.Id == Pick(world.Organizations, random));
            organization.State = organization.State == "TX" ? "NM" : "TX";
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }),
    ];

    private async Task AddSignaturesAsync(TrackerDbContext db, Random random, int count)
    {
        var next = new Dictionary<int, int>();
        for (var i = 0; i < count; i++)
        {
            var letter = Pick(Letters, random);
            if (!next.TryGetValue(letter, out var position))
            {
                position = await NextPositionAsync(db, letter);
            }
            next[letter] = position + 1;
            var signature = new Signature { LetterId = letter, PrintedName = $"Signer {i}", Position = position };
            SetSigner(signature, random);
            db.Signatures.Add(signature);
        }
        await db.SaveChangesAsync();
    }

    private void SetSigner(Signature signature, Random random)
    {
        var person = random.Next(3) == 0;
        signature.OrganizationId = person ? null : Pick(Organizations, random);
        signature.PersonId = person ? Pick(People, random) : null;
    }

    private Organization NewOrganization(Random random)
    {
        var n = ++_created;
        return new Organization { Slug = $"counted-organization-{n}", Name = $"Counted Organization {n}", NormalizedName = $"counted organization {n}", State = Pick(StatePool, random) };
    }

    private Person NewPerson(Random random)
    {
        var n = ++_created;
        return new Person { Slug = $"counted-person-{n}", Name = $"Counted Person {n}", NormalizedName = $"counted person {n}", State = Pick(StatePool, random) };
    }

    private static async Task<Signature?> RandomSignatureAsync(TrackerDbContext db, Random random)
    {
        var count = await db.Signatures.CountAsync();
        return count == 0 ? null : await db.Signatures.OrderBy(s => s.Id).Skip(random.Next(count)).FirstAsync();
    }

    private static async Task<int> NextPositionAsync(TrackerDbContext db, int letter) =>
        (await db.Signatures.Where(s => s.LetterId == letter).MaxAsync(s => (int?)s.Position) ?? 0) + 1;

    private static T Pick<T>(IReadOnlyList<T> items, Random random) => items[random.Next(items.Count)];
}
