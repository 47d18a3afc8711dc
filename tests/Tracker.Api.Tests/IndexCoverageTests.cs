using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Tracker.Api.Events;
using Tracker.Api.Infrastructure.Filtering;
using Tracker.Api.Jurisdictions;
using Tracker.Api.Letters;
using Tracker.Api.Organizations;
using Tracker.Data;

namespace Tracker.Api.Tests;

/// <summary>
/// Every column a filter or sort of the API reads has an index that can serve it: one that starts with the column,
/// or (for pages nested under a parent, such as a letter's signatures) starts with a foreign key and continues
/// with it. Custom conditions (retracted, withdrawn, signed, target) go through keys and are not listed here.
/// </summary>
public sealed class IndexCoverageTests
{
    private static readonly IModel Model = new SqliteTrackerDbContext(new DbContextOptionsBuilder<SqliteTrackerDbContext>().UseSqlite("Data Source=:memory:").Options).Model;

    public static TheoryData<string> Columns()
    {
        LambdaExpression[] selectors =
        [
            .. JurisdictionQueryMaps.JurisdictionFilters.Members, .. JurisdictionQueryMaps.JurisdictionSorts.Keys,
            .. JurisdictionQueryMaps.StatusEventFilters.Members, .. JurisdictionQueryMaps.StatusEventSorts.Keys,
            .. LetterQueryMaps.Filters.Members, .. LetterQueryMaps.Sorts.Keys,
            .. EventQueryMaps.Filters.Members, .. EventQueryMaps.Sorts.Keys,
            .. Bodies.BodyQueryMaps.Filters.Members, .. Bodies.BodyQueryMaps.Sorts.Keys,
            .. Cases.DeportationCaseQueryMaps.Filters.Members, .. Cases.DeportationCaseQueryMaps.Sorts.Keys,
            .. Statistics.StatisticQueryMaps.Filters.Members, .. Statistics.StatisticQueryMaps.Sorts.Keys,
            .. Statements.StatementQueryMaps.Filters.Members, .. Statements.StatementQueryMaps.Sorts.Keys,
            .. SignatureQueryMaps.Filters.Members, .. SignatureQueryMaps.SortsByPosition.Keys, .. SignatureQueryMaps.SortsBySignatory.Keys,
            .. SignatoryQueryMaps.OrganizationFilters.Members, .. SignatoryQueryMaps.OrganizationSorts.Keys,
            .. SignatoryQueryMaps.PersonFilters.Members, .. SignatoryQueryMaps.PersonSorts.Keys,
        ];
        var columns = new TheoryData<string>();
        foreach (var column in selectors.SelectMany(ColumnCollector.Of).Distinct().Order())
        {
            columns.Add(column);
        }
        return columns;
    }

    [Theory]
    [MemberData(nameof(Columns))]
    public void Every_filtered_or_sorted_column_has_an_index(string column)
    {
        var (entity, property) = (column.Split('.')[0], column.Split('.')[1]);
        var type = Model.GetEntityTypes().Single(t => t.ClrType.Name == entity);

        var served = type.GetIndexes().Any(index =>
            index.Properties[0].Name == property
            || (index.Properties.Count > 1 && index.Properties[0].IsForeignKey() && index.Properties[1].Name == property));

        Assert.True(served, $"{column} is filtered or sorted on but no index starts with it (or with a foreign key and then it).");
    }

    [Fact]
    public void The_maps_are_seen()
    {
        Assert.True(Columns().Count > 25);
    }

    /// <summary>The mapped scalar columns an expression reads, as Entity.Property.</summary>
    private sealed class ColumnCollector : ExpressionVisitor
    {
        private readonly List<string> _columns = [];

        public static IEnumerable<string> Of(LambdaExpression selector)
        {
            var collector = new ColumnCollector();
            collector.Visit(selector.Body);
            return collector._columns;
        }

        protected override Expression VisitMember(MemberExpression node)
        {
            if (node.Expression is { } owner && Model.FindEntityType(owner.Type) is { } entity && entity.FindProperty(node.Member.Name) is { } property)
            {
                _columns.Add($"{entity.ClrType.Name}.{property.Name}");
            }
            return base.VisitMember(node);
        }
    }
}
