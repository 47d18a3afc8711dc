using System.Linq.Expressions;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tracker.Api.Infrastructure.Filtering;
using Tracker.Api.Jurisdictions;
using Tracker.Api.Letters;
using Tracker.Data;
using Tracker.Data.Entities;
using Tracker.GraphQL.Execution.Limits;
using Tracker.GraphQL.Language;
using Tracker.GraphQL.Server.Configuration;
using Tracker.GraphQL.Types;
using Tracker.GraphQL.Utilities;

namespace Tracker.Api.Tests;

/// <summary>
/// Sort lists and filter trees are bounded before anything is translated (issue 9): for every field taking a
/// filter or a sort, found in the schema (so a new one is covered without editing this test), the largest input
/// the limits allow answers exactly as its plain equivalent, and one step over any limit is refused with its code
/// before a single SQL statement runs. The reproductions of the issue, which crashed the process or failed in the
/// database, are refused the same way; and what the limits allow stays far from what breaks the translation.
/// </summary>
public abstract class WideInputTests(WideInputApi api)
{
    private static readonly GraphQLSchema Schema = SchemaBuilder.Build(Parser.Parse(
        string.Join("\n\n", Directory.EnumerateFiles(Paths.Schema, "*.graphql").Order(StringComparer.Ordinal).Select(File.ReadAllText)),
        ParseOptions.Default with { MaxTokens = null }));

    /// <summary>Every field of an object type with a filter or sort argument, as <c>Type.field</c>.</summary>
    public static TheoryData<string> FilteredFields()
    {
        var data = new TheoryData<string>();
        foreach (var type in Schema.TypeMap.Values.OfType<ObjectType>().Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal)))
        {
            foreach (var field in type.Fields.Values.Where(f => f.Arguments.Any(a => IsFilter(a.Name) || IsSort(a.Name))))
            {
                data.Add(field.Coordinate);
            }
        }
        return data;
    }

    [Fact]
    public void Every_connection_with_a_filter_or_sort_is_covered()
    {
        // The theory below takes its fields from the schema; this keeps it from silently covering nothing.
        var fields = ((IEnumerable<object[]>)FilteredFields()).Select(row => (string)row[0]).ToList();
        Assert.Contains("Query.jurisdictions", fields);
        Assert.Contains("Letter.signatures", fields);
        Assert.Contains("Jurisdiction.statusEvents", fields);
        Assert.Contains("Query.auditLog", fields);
    }

    [Theory]
    [MemberData(nameof(FilteredFields))]
    public async Task The_largest_allowed_filter_and_sort_answer_as_their_plain_equivalent(string coordinate)
    {
        var field = Field(coordinate);
        var limits = Limits;
        var where = field.GetArgument("where")?.Type.GetNamedType() as InputObjectType;
        var order = field.GetArgument("order")?.Type.GetNamedType() as InputObjectType;
        if (where is not null && OrOf(where) is null)
        {
            // A filter without and/or nor value lists cannot reach any limit: each field counts once, at depth 0.
            Assert.DoesNotContain(where.Fields.Values, f => f.Type.GetNullableType() is ListType);
            Assert.True(LeafCount(where) <= limits.MaxFilterTerms);
            where = null;
        }
        if (where is null && order is null)
        {
            return;
        }

        var widest = await api.SendAsync(api.Maintainer, Document(field, where, order), Variables(
            where is null ? null : WidestFilter(where, limits),
            order is null ? null : Sort(order, limits.MaxSortKeys)));
        var plain = await api.SendAsync(api.Maintainer, Document(field, null, order), Variables(
            null,
            order is null ? null : Sort(order, Math.Min(limits.MaxSortKeys, order.Fields.Count))));

        Assert.True(widest["errors"] is null, widest["errors"]?.ToJsonString());
        Assert.True(plain["errors"] is null, plain["errors"]?.ToJsonString());
        Assert.True(FoundSomething(plain["data"]!, field.Name), $"{coordinate} found nothing to compare: {plain.ToJsonString()[..Math.Min(300, plain.ToJsonString().Length)]}");
        Assert.Equal(TrackerApiFactory.Pretty(plain), TrackerApiFactory.Pretty(widest));
    }

    [Theory]
    [MemberData(nameof(FilteredFields))]
    public async Task One_step_over_any_limit_is_refused_before_any_sql(string coordinate)
    {
        var field = Field(coordinate);
        var limits = Limits;
        var where = field.GetArgument("where")?.Type.GetNamedType() as InputObjectType;
        var order = field.GetArgument("order")?.Type.GetNamedType() as InputObjectType;
        var cases = new List<(JsonObject? Where, JsonArray? Order, string Code)>();
        if (order is not null)
        {
            cases.Add((null, Sort(order, limits.MaxSortKeys + 1), LimitErrorCodes.SortTooWide));
        }
        if (where is not null && OrOf(where) is not null)
        {
            cases.Add((WidestFilter(where, limits with { MaxFilterTerms = limits.MaxFilterTerms + 1 }), null, LimitErrorCodes.FilterTooComplex));
            cases.Add((WidestFilter(where, limits with { MaxFilterDepth = limits.MaxFilterDepth + 1 }), null, LimitErrorCodes.FilterTooComplex));
            cases.Add((WidestFilter(where, limits with { MaxFilterListLength = limits.MaxFilterListLength + 1 }), null, LimitErrorCodes.InListTooLong));
        }
        Assert.True(cases.Count > 0 || where is not null, $"{coordinate} has neither a sort nor a filter that can grow");

        foreach (var (wideWhere, wideOrder, code) in cases)
        {
            await AssertRefusedBeforeSqlAsync(Document(field, where, order), Variables(wideWhere, wideOrder), code);
        }
    }

    [Fact]
    public async Task Issue_sort_list_of_850_keys_is_refused()
    {
        var query = "{ jurisdictions(first: 1, order: [" + string.Join(", ", Enumerable.Repeat("{ name: ASC }", 850)) + "]) { nodes { code } } }";

        var error = await AssertRefusedBeforeSqlAsync(query, null, LimitErrorCodes.SortTooWide);

        Assert.Equal($"The argument \"Query.jurisdictions(order:)\" has 850 sort keys; at most {Limits.MaxSortKeys} are allowed.", (string)error["message"]!);
        Assert.Equal(1, (int)error["locations"]![0]!["line"]!);
        Assert.Equal(34, (int)error["locations"]![0]!["column"]!);
    }

    [Theory]
    [InlineData("or", 7_000)]
    [InlineData("and", 9_000)]
    [InlineData("or", 1_000)]
    public async Task Issue_filters_of_thousands_of_terms_in_variables_are_refused(string combinator, int terms)
    {
        var where = new JsonObject { [combinator] = new JsonArray(Enumerable.Range(0, terms).Select(i => (JsonNode)Condition("code", "eq", $"X{i}")).ToArray()) };

        var error = await AssertRefusedBeforeSqlAsync(
            "query ($where: JurisdictionFilter) { jurisdictions(first: 1, where: $where) { nodes { code } } }", Variables(where, null), LimitErrorCodes.FilterTooComplex);

        Assert.Equal($"The filter \"Query.jurisdictions(where:)\" has {terms} conditions; at most {Limits.MaxFilterTerms} are allowed.", (string)error["message"]!);
    }

    [Fact]
    public async Task Issue_in_lists_of_20000_codes_and_33000_positions_are_refused()
    {
        var codes = new JsonObject { ["codes"] = new JsonArray(Enumerable.Range(0, 20_000).Select(i => (JsonNode)JsonValue.Create($"X{i}")).ToArray()) };
        var positions = new JsonObject { ["positions"] = new JsonArray(Enumerable.Range(1, 33_000).Select(i => (JsonNode)JsonValue.Create(i)).ToArray()) };

        var byCode = await AssertRefusedBeforeSqlAsync(
            "query ($codes: [String!]) { jurisdictions(where: { code: { in: $codes } }) { totalCount } }", codes, LimitErrorCodes.InListTooLong);
        var byPosition = await AssertRefusedBeforeSqlAsync(
            "query ($positions: [Int!]) { letter(slug: \"morton-2011-07-20\") { signatures(where: { position: { in: $positions } }) { totalCount } } }", positions, LimitErrorCodes.InListTooLong);

        Assert.Contains("holds 20000 values", (string)byCode["message"]!);
        Assert.Contains("holds 33000 values", (string)byPosition["message"]!);
    }

    /// <summary>
    /// How many and/or terms the database's SQL parser takes in one condition. EF Core prints <c>(a OR b) OR (c OR d)</c>
    /// as <c>a OR b OR c OR d</c>, which SQLite parses into a tree as deep as its terms and refuses beyond 1,000
    /// ("Expression tree is too large"), so there the limit (default 100) is the bound; PostgreSQL flattens them.
    /// </summary>
    protected abstract int TermsTheDatabaseParses { get; }

    [Fact]
    public async Task Or_and_and_of_thousands_of_terms_build_shallow_trees_and_answer()
    {
        // Beyond the limits, straight through the translation: and/or join as balanced trees, log2(n) deep, so the
        // translator's visitors (which recurse once per level: 9,000 terms overflowed the stack) stay far from the
        // bottom. The depth is checked first, without recursion, so that a regression fails here instead of
        // handing the database a tree that would end the test process.
        var anyOf = Filter("or", Enumerable.Range(0, 9_000).Select(i => Condition("code", "eq", $"X{i}")));
        var allOf = Filter("and", Enumerable.Range(0, 9_000).Select(i => Condition("code", "neq", $"X{i}")));
        Assert.InRange(Depth(JurisdictionQueryMaps.JurisdictionFilters.Build(anyOf)!), 1, 40);
        Assert.InRange(Depth(JurisdictionQueryMaps.JurisdictionFilters.Build(allOf)!), 1, 40);

        var terms = TermsTheDatabaseParses;
        var some = Filter("or", Enumerable.Range(0, terms).Select(i => Condition("code", "eq", i == terms / 2 ? "MN" : $"X{i}")));
        var all = Filter("and", Enumerable.Range(0, terms).Select(i => Condition("code", "neq", $"X{i}")));
        var (matching, everyOther, count) = await api.WithDbAsync(async db => (
            await JurisdictionQueryMaps.JurisdictionFilters.Apply(db.Jurisdictions, some).Select(j => j.Code).ToListAsync(),
            await JurisdictionQueryMaps.JurisdictionFilters.Apply(db.Jurisdictions, all).CountAsync(),
            await db.Jurisdictions.CountAsync()));

        Assert.Equal(["MN"], matching);
        Assert.Equal(count, everyOther);
    }

    [Fact]
    public async Task An_in_list_is_one_parameter_whatever_its_length()
    {
        // 33,000 values: one parameter per value failed on SQLite ("too many SQL variables", at most 32,766) and cost
        // quadratic time below that; one array parameter holds any length.
        var positions = Enumerable.Range(1, 33_000).Select(i => (object?)(i * 7)).ToList();
        var where = new Dictionary<string, object?>
        {
            ["letter"] = "morton-2011-07-20",
            ["position"] = new Dictionary<string, object?> { ["in"] = positions },
        };
        api.Statements.Statements.Clear();

        var found = await api.WithDbAsync(db => SignatureQueryMaps.Filters.Apply(db.Signatures, where).OrderBy(s => s.Position).Select(s => s.Position).ToListAsync());

        Assert.Equal(Enumerable.Range(1, 213).Where(p => p % 7 == 0), found);
        var statement = Assert.Single(api.Statements.Statements);
        Assert.True(Regex.Matches(statement, @"[@$]\w+").Select(m => m.Value).Distinct().Count() <= 3, statement[..Math.Min(statement.Length, 500)]);
    }

    [Fact]
    public async Task A_batch_of_keys_is_one_parameter_whatever_its_size()
    {
        // A DataLoader batch holds a key per parent: 10,000 for a page of 100 letters with 100 signatures each,
        // which one parameter per key made cost about a second of CPU on SQLite, and 40,000 failed there.
        var keys = Enumerable.Range(1, 40_000).ToList();
        api.Statements.Statements.Clear();

        var (found, all) = await api.WithDbAsync(async db => (
            await db.Organizations.Where(KeyPredicates.In<Organization, int>(o => o.Id, keys)).CountAsync(),
            await db.Organizations.CountAsync()));

        Assert.Equal(all, found);
        var statement = api.Statements.Statements.First();
        Assert.True(Regex.Matches(statement, @"[@$]\w+").Select(m => m.Value).Distinct().Count() <= 3, statement[..Math.Min(statement.Length, 500)]);
    }

    /// <summary>Whether some value of the field holds a row or a count: a comparison of empty answers would prove nothing.</summary>
    private static bool FoundSomething(JsonNode data, string field)
    {
        var pending = new Stack<(JsonNode? Node, bool Inside)>();
        pending.Push((data, false));
        while (pending.TryPop(out var item))
        {
            switch (item.Node)
            {
                case JsonObject map:
                    foreach (var (key, value) in map)
                    {
                        pending.Push((value, item.Inside || key == field));
                    }
                    break;
                case JsonArray list when item.Inside && list.Count > 0:
                    return true;
                case JsonArray list:
                    foreach (var value in list)
                    {
                        pending.Push((value, item.Inside));
                    }
                    break;
                case JsonValue value when item.Inside && value.TryGetValue<int>(out var number) && number > 0:
                    return true;
            }
        }
        return false;
    }

    private static Dictionary<string, object?> Filter(string combinator, IEnumerable<JsonObject> conditions) =>
        new() { [combinator] = conditions.Select(c => Clr(c)).ToList() };

    /// <summary>The depth of an expression tree, measured with an explicit stack (a deep tree must not overflow the test).</summary>
    private static int Depth(Expression root)
    {
        var deepest = 0;
        var pending = new Stack<(Expression? Node, int Depth)>();
        pending.Push((root, 1));
        while (pending.TryPop(out var item))
        {
            if (item.Node is not { } node)
            {
                continue;
            }
            deepest = Math.Max(deepest, item.Depth);
            IEnumerable<Expression?> children = node switch
            {
                LambdaExpression lambda => [lambda.Body],
                BinaryExpression binary => [binary.Left, binary.Right],
                UnaryExpression unary => [unary.Operand],
                MethodCallExpression call => [call.Object, .. call.Arguments],
                MemberExpression member => [member.Expression],
                ConditionalExpression conditional => [conditional.Test, conditional.IfTrue, conditional.IfFalse],
                _ => [],
            };
            foreach (var child in children)
            {
                pending.Push((child, item.Depth + 1));
            }
        }
        return deepest;
    }

    private OperationLimits Limits => api.Factory.Services.GetRequiredService<GraphQLServerOptions>().Operation;

    private static bool IsFilter(string argument) => OperationLimits.Default.FilterArguments.Contains(argument);

    private static bool IsSort(string argument) => OperationLimits.Default.SortArguments.Contains(argument);

    private static FieldDefinition Field(string coordinate)
    {
        var (type, name) = (coordinate[..coordinate.IndexOf('.')], coordinate[(coordinate.IndexOf('.') + 1)..]);
        return ((FieldsType)Schema.GetType(type)!).GetField(name)!;
    }

    /// <summary>
    /// Refuses the request in process first (the limits analysis alone, nothing executed): if the limits ever
    /// stopped refusing it, this test fails here instead of sending an input that once ended the process. Then the
    /// server must refuse it too, with no data, the code, a location, and no SQL statement run.
    /// </summary>
    private async Task<JsonNode> AssertRefusedBeforeSqlAsync(string query, JsonObject? variables, string code)
    {
        var options = api.Factory.Services.GetRequiredService<GraphQLServerOptions>();
        var document = Parser.Parse(query, options.Parse);
        var operation = document.Definitions.OfType<OperationDefinitionNode>().Single();
        var clrVariables = variables is null ? new Dictionary<string, object?>() : (IReadOnlyDictionary<string, object?>)Clr(variables)!;
        var analysis = OperationLimitsAnalyzer.Check(Schema, document, operation, clrVariables, options.Operation);
        Assert.Contains(analysis, e => (string?)e.Extensions?["code"] == code);

        await AwaitCounterHearsAsync();
        api.Statements.Statements.Clear();
        var response = await api.SendAsync(null, query, variables);

        Assert.Null(response["data"]);
        var error = Assert.Single(response["errors"]!.AsArray())!;
        Assert.Equal(code, (string)error["extensions"]!["code"]!);
        Assert.NotEmpty(error["locations"]!.AsArray());
        Assert.Empty(api.Statements.Statements);
        return error;
    }

    /// <summary>
    /// Proves the counter hears this database before trusting its silence: a query that reads it must be counted
    /// (awaited with a bound: EF Core may skip events briefly after a time without listeners).
    /// </summary>
    private async Task AwaitCounterHearsAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        do
        {
            api.Statements.Statements.Clear();
            // A code nobody has, new each time: neither the response cache nor the loads' memo can answer it without SQL.
            var response = await api.SendAsync(null, $"{{ jurisdiction(code: \"probe-{Guid.NewGuid():N}\") {{ code }} }}");
            Assert.Null(response["errors"]);
            if (!api.Statements.Statements.IsEmpty)
            {
                return;
            }
        }
        while (DateTime.UtcNow < deadline);
        Assert.Fail("The statement counter heard nothing of this database.");
    }

    /// <summary>
    /// The field with <c>$where</c> and <c>$order</c> where it takes them, reached from Query through the root
    /// connection of its parent type when it is not a root field, selecting what shows the rows and their order.
    /// </summary>
    private string Document(FieldDefinition field, InputObjectType? where, InputObjectType? order)
    {
        var arguments = new List<string>();
        var variables = new List<string>();
        if (where is not null)
        {
            arguments.Add("where: $where");
            variables.Add($"$where: {where.Name}");
        }
        if (order is not null)
        {
            arguments.Add("order: $order");
            variables.Add($"$order: [{order.Name}!]");
        }
        var call = $"{field.Name}{(arguments.Count > 0 ? $"({string.Join(", ", arguments)})" : "")} {{ {Selection(field.Type.GetNamedType(), 2)} }}";
        if (field.ParentType != Schema.QueryType)
        {
            var root = Schema.QueryType!.Fields.Values.FirstOrDefault(f =>
                f.Type.GetNamedType() is ObjectType connection && connection.GetField("nodes")?.Type.GetNamedType() == field.ParentType)
                ?? throw new InvalidOperationException($"No root connection lists {field.ParentType.Name}: teach this test how to reach {field.Coordinate}.");
            // Jurisdictions (every county: about 3,300) outnumber a page, and the records that hang off one (bodies,
            // statistics) are the country's and the states': reach those, all of them on one page.
            var parents = root.Name == "jurisdictions" ? ", where: { kind: { in: [COUNTRY, STATE, DISTRICT, TERRITORY] } }" : "";
            call = $"{root.Name}(first: {Limits.MaxPageSize}{parents}) {{ nodes {{ id {call} }} }}";
        }
        return $"query{(variables.Count > 0 ? $" ({string.Join(", ", variables)})" : "")} {{ {call} }}";
    }

    /// <summary>A connection's count and its rows' own values; any other result's values two levels down.</summary>
    private static string Selection(NamedType type, int depth)
    {
        if (type is not FieldsType fields)
        {
            return "__typename";
        }
        if (fields.GetField("nodes") is { } nodes && fields.GetField("totalCount") is not null)
        {
            return $"totalCount nodes {{ {Selection(nodes.Type.GetNamedType(), 0)} }}";
        }
        var selected = new List<string>();
        foreach (var field in fields.Fields.Values.Where(f => f.Arguments.All(a => a.Type is not NonNullType)))
        {
            var named = field.Type.GetNamedType();
            if (named is ScalarType or EnumType)
            {
                selected.Add(field.Name);
            }
            else if (depth > 0 && named is FieldsType)
            {
                selected.Add($"{field.Name} {{ {Selection(named, depth - 1)} }}");
            }
        }
        return selected.Count > 0 ? string.Join(" ", selected) : "__typename";
    }

    private static JsonObject? Variables(JsonObject? where, JsonArray? order)
    {
        var variables = new JsonObject();
        if (where is not null)
        {
            variables["where"] = where;
        }
        if (order is not null)
        {
            variables["order"] = order;
        }
        return variables.Count > 0 ? variables : null;
    }

    /// <summary>
    /// Exactly as wide as the limits allow, and true for every row: and-levels down to the deepest allowed, then an
    /// <c>or</c> of one condition that always holds (<c>neq</c> a value nobody has, nulls included), one <c>in</c>
    /// list of the longest allowed length that matches nothing, and as many <c>eq</c> conditions matching nothing as
    /// make up the allowed number of conditions.
    /// </summary>
    private static JsonObject WidestFilter(InputObjectType filter, OperationLimits limits)
    {
        var or = OrOf(filter)!;
        var and = filter.Fields.Values.Single(f => f != or && f.Type.GetNamedType() == filter);
        var text = TextField(filter);
        var alternatives = new JsonArray
        {
            Condition(text, "neq", "no such value"),
            new JsonObject { [text] = new JsonObject { ["in"] = new JsonArray(Enumerable.Range(0, limits.MaxFilterListLength).Select(i => (JsonNode)JsonValue.Create($"none {i}")).ToArray()) } },
        };
        for (var i = alternatives.Count; i < limits.MaxFilterTerms; i++)
        {
            alternatives.Add(Condition(text, "eq", $"nothing {i}"));
        }
        var result = new JsonObject { [or.Name] = alternatives };
        for (var level = 1; level < limits.MaxFilterDepth; level++)
        {
            result = new JsonObject { [and.Name] = new JsonArray(result) };
        }
        return result;
    }

    /// <summary>The filter's <c>or</c> (the first list of the filter itself), or null when it has none.</summary>
    private static InputFieldDefinition? OrOf(InputObjectType filter) =>
        filter.Fields.Values.LastOrDefault(f => f.Type.GetNullableType() is ListType && f.Type.GetNamedType() == filter);

    /// <summary>A field of the filter taking a text filter (eq, neq and in on strings).</summary>
    private static string TextField(InputObjectType filter) =>
        filter.Fields.Values.FirstOrDefault(f => f.Type.GetNamedType() is InputObjectType operators
            && operators.GetField("eq") is not null && operators.GetField("neq") is not null
            && operators.GetField("in")?.Type.GetNamedType().Name == "String")?.Name
        ?? throw new InvalidOperationException($"{filter.Name} has no text filter: teach this test another always-true condition.");

    private static int LeafCount(InputObjectType filter) =>
        filter.Fields.Values.Sum(f => f.Type.GetNamedType() is InputObjectType nested && nested != filter ? LeafCount(nested) : 1);

    /// <summary><paramref name="count"/> sort keys: every field once in turn, then again in the other direction (no-ops).</summary>
    private static JsonArray Sort(InputObjectType sort, int count)
    {
        var keys = sort.Fields.Keys.ToList();
        return new JsonArray(Enumerable.Range(0, count)
            .Select(i => (JsonNode)new JsonObject { [keys[i % keys.Count]] = (i + (i / keys.Count)) % 2 == 0 ? "ASC" : "DESC" })
            .ToArray());
    }

    private static JsonObject Condition(string field, string op, string value) => new() { [field] = new JsonObject { [op] = value } };

    /// <summary>A JSON value as the server's request parser hands variables to the engine.</summary>
    private static object? Clr(JsonNode node) => JsonValues.ToClr(JsonSerializer.SerializeToElement(node));
}

public sealed class SqliteWideInputTests(WideInputApi api) : WideInputTests(api), IClassFixture<WideInputApi>
{
    protected override int TermsTheDatabaseParses => 900;
}

public sealed class PostgresWideInputTests(PostgresWideInputApi api) : WideInputTests(api), IClassFixture<PostgresWideInputApi>
{
    // The issue's reproduction: an `and` of 9,000 entries ended the process on PostgreSQL.
    protected override int TermsTheDatabaseParses => 9_000;
}
