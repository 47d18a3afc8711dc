using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Tracker.Api.Infrastructure.Filtering;
using Tracker.Api.Infrastructure.Loading;
using Tracker.Data;
using Tracker.Data.Entities;

namespace Tracker.Api.Tests;

/// <summary>
/// The key under which a statement's rows are kept across requests (issue 13, item 2): equal only for statements
/// that read the same rows from the same data, and none at all for a statement holding something the key cannot
/// write. Statements are built on a context that is never opened: nothing here runs SQL.
/// </summary>
public sealed class StatementKeyTests : IDisposable
{
    private readonly SqliteTrackerDbContext _db = new(new DbContextOptionsBuilder<SqliteTrackerDbContext>().UseSqlite("Data Source=:memory:").Options);

    public void Dispose() => _db.Dispose();

    private IQueryable<Organization> InState(string state, int take) => _db.Organizations.Where(o => o.State == state).OrderBy(o => o.Name).Take(take);

    [Fact]
    public void The_same_statement_built_twice_has_one_key()
    {
        var first = StatementKey.Of(InState("MN", 5).Expression);
        var second = StatementKey.Of(InState("MN", 5).Expression);

        Assert.NotNull(first);
        Assert.Equal(first, second);
    }

    [Fact]
    public void Every_captured_value_is_in_the_key()
    {
        var key = StatementKey.Of(InState("MN", 5).Expression);

        Assert.NotEqual(key, StatementKey.Of(InState("WI", 5).Expression));
        Assert.NotEqual(key, StatementKey.Of(InState("MN", 6).Expression));
        Assert.NotEqual(key, StatementKey.Of(_db.Organizations.Where(o => o.City == "MN").OrderBy(o => o.Name).Take(5).Expression));
        Assert.NotEqual(key, StatementKey.Of(_db.People.Where(p => p.State == "MN").OrderBy(p => p.Name).Take(5).Expression));
        Assert.NotEqual(key, StatementKey.Of(InState("MN", 5).OrderByDescending(o => o.Id).Expression));
    }

    [Fact]
    public void Values_written_side_by_side_cannot_run_together()
    {
        IQueryable<Organization> Named(string name, string city) => _db.Organizations.Where(o => o.Name == name && o.City == city);

        Assert.NotEqual(StatementKey.Of(Named("ab", "c").Expression), StatementKey.Of(Named("a", "bc").Expression));
        Assert.NotEqual(StatementKey.Of(Named("a;", "b").Expression), StatementKey.Of(Named("a", ";b").Expression));
    }

    [Fact]
    public void Boxed_values_and_lists_of_keys_are_read_as_they_are_when_the_key_is_made()
    {
        IQueryable<Organization> Among(List<int> ids) => _db.Organizations.Where(KeyPredicates.In<Organization, int>(o => o.Id, ids));
        var boxed = Expression.Lambda<Func<Organization, bool>>(Expression.Equal(Expression.Property(Expression.Parameter(typeof(Organization), "o"), "Id"), Boxed<int>.Of(7)), Expression.Parameter(typeof(Organization), "o"));

        Assert.Equal(StatementKey.Of(Among([1, 2]).Expression), StatementKey.Of(Among([1, 2]).Expression));
        Assert.NotEqual(StatementKey.Of(Among([1, 2]).Expression), StatementKey.Of(Among([1, 2, 3]).Expression));
        Assert.NotEqual(StatementKey.Of(Among([1, 2]).Expression), StatementKey.Of(Among([2, 1]).Expression));
        Assert.NotEqual(StatementKey.Of(Among([12]).Expression), StatementKey.Of(Among([1, 2]).Expression));
        Assert.NotNull(StatementKey.Of(boxed));
        Assert.NotEqual(
            StatementKey.Of(Expression.Call(Expression.Constant(0), typeof(int).GetMethod(nameof(int.CompareTo), [typeof(int)])!, Boxed<int>.Of(7))),
            StatementKey.Of(Expression.Call(Expression.Constant(0), typeof(int).GetMethod(nameof(int.CompareTo), [typeof(int)])!, Boxed<int>.Of(8))));
    }

    [Fact]
    public void A_shared_closed_lambda_is_written_once_and_still_tells_statements_apart()
    {
        Expression<Func<Organization, string>> byName = o => o.Name;
        Expression<Func<Organization, string?>> byCity = o => o.City;
        var sharedName = StatementKey.Shared(byName);
        var sharedCity = StatementKey.Shared(byCity);
        Expression<Func<Organization, string>> sameShapeUnshared = o => o.Name;
        string Key(IQueryable<string?> statement) => StatementKey.Of(statement.Expression)!;

        // One shared lambda in two statements built apart: one key; another lambda, or other values around it: others.
        Assert.Equal(Key(InState("MN", 5).Select(sharedName)), Key(InState("MN", 5).Select(sharedName)));
        Assert.NotEqual(Key(InState("MN", 5).Select(sharedName)), Key(InState("MN", 5).Select(sharedCity)));
        Assert.NotEqual(Key(InState("MN", 5).Select(sharedName)), Key(InState("WI", 5).Select(sharedName)));
        Assert.NotEqual(Key(InState("MN", 5).Select(sharedName)), Key(InState("MN", 6).Select(sharedName)));
        // Written apart from a lambda written in place, so the two never pass for each other.
        Assert.NotEqual(Key(InState("MN", 5).Select(sharedName)), Key(InState("MN", 5).Select(sameShapeUnshared)));
        Assert.Equal(sharedName, StatementKey.Shared(sharedName));
    }

    [Fact]
    public void A_lambda_holding_a_changing_value_or_an_outer_parameter_is_written_in_full_each_time_even_when_shared()
    {
        var city = "Duluth";
        var ids = new List<int> { 1, 2 };
        var capturing = StatementKey.Shared<Expression<Func<Organization, bool>>>(o => o.City == city);
        var listing = StatementKey.Shared<Expression<Func<Organization, bool>>>(o => ids.Contains(o.Id));
        var listed = StatementKey.Shared(Expression.Lambda<Func<Organization, bool>>(
            Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(int)], Expression.Constant(ids), Expression.Property(Parameter, nameof(Organization.Id))), Parameter));
        var before = (StatementKey.Of(_db.Organizations.Where(capturing).Expression), StatementKey.Of(_db.Organizations.Where(listing).Expression), StatementKey.Of(_db.Organizations.Where(listed).Expression));

        city = "Fargo";
        ids.Add(3);

        Assert.NotEqual(before.Item1, StatementKey.Of(_db.Organizations.Where(capturing).Expression));
        Assert.NotEqual(before.Item2, StatementKey.Of(_db.Organizations.Where(listing).Expression));
        Assert.NotEqual(before.Item3, StatementKey.Of(_db.Organizations.Where(listed).Expression));

        // A nested lambda reading one of its outer lambda's parameters: which one it reads stays in the key.
        var first = Expression.Parameter(typeof(Organization), "first");
        var second = Expression.Parameter(typeof(Organization), "second");
        Expression AnyNamedAs(ParameterExpression outer)
        {
            var named = StatementKey.Shared(Expression.Lambda<Func<Person, bool>>(
                Expression.Equal(Expression.Property(PersonParameter, nameof(Person.Name)), Expression.Property(outer, nameof(Organization.Name))), PersonParameter));
            return Expression.Lambda(Expression.Call(typeof(Enumerable), nameof(Enumerable.Any), [typeof(Person)], Expression.Constant(Array.Empty<Person>()), named), first, second);
        }
        Assert.NotEqual(StatementKey.Of(AnyNamedAs(first)), StatementKey.Of(AnyNamedAs(second)));
    }

    private static readonly ParameterExpression Parameter = Expression.Parameter(typeof(Organization), "o");
    private static readonly ParameterExpression PersonParameter = Expression.Parameter(typeof(Person), "p");

    [Fact]
    public void A_captured_variable_changed_after_one_key_gives_another()
    {
        var state = "MN";
        var statement = _db.Organizations.Where(o => o.State == state);
        var before = StatementKey.Of(statement.Expression);

        state = "WI";

        Assert.NotEqual(before, StatementKey.Of(statement.Expression));
    }

    [Fact]
    public void Dates_enums_and_numbers_of_every_kind_are_written()
    {
        var day = new DateOnly(2011, 7, 20);
        var kind = OrganizationKind.Coalition;
        var since = new DateTime(2011, 7, 20, 12, 0, 0, DateTimeKind.Utc);
        var midnight = TimeOnly.MinValue;
        var low = 0.5;
        var statement = _db.Organizations.Where(o => o.Kind == kind && o.CreatedAt > day.ToDateTime(midnight) && o.UpdatedAt > since && o.Id * low > 1);

        var key = StatementKey.Of(statement.Expression);
        kind = OrganizationKind.Union;
        var otherKind = StatementKey.Of(statement.Expression);
        day = day.AddDays(1);
        var otherDay = StatementKey.Of(statement.Expression);
        since = since.AddTicks(1);
        var otherTime = StatementKey.Of(statement.Expression);
        low = 0.50000000001;

        Assert.NotNull(key);
        Assert.Equal(5, new HashSet<string?> { key, otherKind, otherDay, otherTime, StatementKey.Of(statement.Expression) }.Count);
    }

    [Fact]
    public void A_statement_reading_the_clock_has_no_key()
    {
        var clock = TimeProvider.System;

        Assert.Null(StatementKey.Of(_db.Organizations.Where(o => o.CreatedAt < DateTime.UtcNow).Expression));
        Assert.Null(StatementKey.Of(_db.Organizations.Where(o => o.CreatedAt < DateTime.Today).Expression));
        Assert.Null(StatementKey.Of(_db.Organizations.Where(o => o.CreatedAt < clock.GetUtcNow().UtcDateTime).Expression));
        Assert.Null(StatementKey.Of(_db.Organizations.Select(o => new { o.Id, Nonce = Guid.NewGuid() }).Expression));
    }

    [Fact]
    public void A_statement_calling_a_method_of_unknown_behaviour_has_no_key()
    {
        Assert.Null(StatementKey.Of(_db.Organizations.Select(o => Decorate(o.Name)).Expression));
    }

    [Fact]
    public void Raw_sql_a_captured_query_and_an_unordered_set_have_no_key()
    {
        var inner = _db.People.Select(p => p.Id);
        var set = new HashSet<int> { 1, 2 };

        Assert.Null(StatementKey.Of(_db.Organizations.FromSqlRaw("SELECT * FROM \"Organizations\"").Expression));
        Assert.Null(StatementKey.Of(_db.Organizations.Where(o => inner.Contains(o.Id)).Expression));
        Assert.Null(StatementKey.Of(_db.Organizations.Where(o => set.Contains(o.Id)).Expression));
    }

    [Fact]
    public void A_captured_object_of_unknown_kind_has_no_key()
    {
        var holder = new Holder("MN");

        Assert.Null(StatementKey.Of(Expression.Constant(holder)));
        Assert.NotNull(StatementKey.Of(_db.Organizations.Where(o => o.State == holder.State).Expression));
    }

    private static string Decorate(string name) => name + Environment.TickCount64;

    private sealed record Holder(string State);
}
