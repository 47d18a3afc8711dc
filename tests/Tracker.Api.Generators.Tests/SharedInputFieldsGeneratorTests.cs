namespace Tracker.Api.Generators.Tests;

public sealed class SharedInputFieldsGeneratorTests
{
    private const string Record = """
        using Tracker.Api.Generators;

        namespace Things;

        public enum ThingKind { Small, Large }

        public sealed record PlaceInput(string Code);

        [SharedInputFields("CreateThingInput", "UpdateThingInput")]
        public abstract partial record ThingFields;

        public sealed record CreateThingInput : ThingFields
        {
            public string Slug { get; init; } = "";
        }
        """;

    private const string Inputs = """
        "A new thing."
        input CreateThingInput {
          "Stable short name."
          slug: String!
          "Name as printed, 1 to 500 characters (<b> & all)."
          name: String!
          kind: ThingKind!
          tags: [String!]
          maybeTags: [String]
          seenOn: Date
          count: Int
          weight: Float
          exact: Boolean
          owners: [ID!]
          place: PlaceInput
        }

        input UpdateThingInput {
          id: ID!
          version: Int!
          count: Int
          name: String
          kind: ThingKind
          tags: [String!]
          maybeTags: [String]
          seenOn: Date
          weight: Float
          exact: Boolean
          owners: [ID!]
          place: PlaceInput
        }
        """;

    private const string Others = """
        enum ThingKind { SMALL LARGE }
        input PlaceInput { code: String! }
        scalar Date
        """;

    [Fact]
    public void The_record_gets_one_optional_property_per_field_both_inputs_share_in_the_first_inputs_order()
    {
        var run = GeneratorRun.Of(Record, Inputs, Others);

        Assert.Empty(run.Diagnostics);
        Assert.Equal(
            [
                ("Name", "Tracker.GraphQL.Server.Binding.Optional<string?>"),
                ("Kind", "Tracker.GraphQL.Server.Binding.Optional<Things.ThingKind?>"),
                ("Tags", "Tracker.GraphQL.Server.Binding.Optional<System.Collections.Generic.IReadOnlyList<string>?>"),
                ("MaybeTags", "Tracker.GraphQL.Server.Binding.Optional<System.Collections.Generic.IReadOnlyList<string?>?>"),
                ("SeenOn", "Tracker.GraphQL.Server.Binding.Optional<System.DateOnly?>"),
                ("Count", "Tracker.GraphQL.Server.Binding.Optional<int?>"),
                ("Weight", "Tracker.GraphQL.Server.Binding.Optional<double?>"),
                ("Exact", "Tracker.GraphQL.Server.Binding.Optional<bool?>"),
                ("Owners", "Tracker.GraphQL.Server.Binding.Optional<System.Collections.Generic.IReadOnlyList<string>?>"),
                ("Place", "Tracker.GraphQL.Server.Binding.Optional<Things.PlaceInput?>"),
            ],
            run.PropertiesOf("Things.ThingFields"));
    }

    [Fact]
    public void A_fields_description_becomes_its_documentation_escaped_for_xml()
    {
        var source = GeneratorRun.Of(Record, Inputs, Others).SourceOf("ThingFields");

        Assert.Contains("/// <summary>Name as printed, 1 to 500 characters (&lt;b&gt; &amp; all).</summary>", source);
    }

    [Fact]
    public void A_field_one_input_lacks_is_left_to_the_input_that_has_it()
    {
        var properties = GeneratorRun.Of(Record, Inputs, Others).PropertiesOf("Things.ThingFields").Select(p => p.Name);

        Assert.DoesNotContain("Slug", properties);
        Assert.DoesNotContain("Id", properties);
        Assert.DoesNotContain("Version", properties);
    }

    [Fact]
    public void An_input_the_schema_does_not_declare_stops_the_build_naming_it()
    {
        var run = GeneratorRun.Of(Record.Replace("\"UpdateThingInput\")", "\"EditThingInput\")"), Inputs, Others);

        var error = Assert.Single(run.Diagnostics, d => d.Id == "TRKGEN002");
        Assert.Contains("EditThingInput", error.GetMessage());
        Assert.Equal("Input.cs", error.Location.GetLineSpan().Path);
    }

    [Fact]
    public void A_shared_field_with_different_types_stops_the_build()
    {
        var run = GeneratorRun.Of(Record, Inputs.Replace("  count: Int\n  name: String", "  count: String\n  name: String"), Others);

        var error = Assert.Single(run.Diagnostics, d => d.Id == "TRKGEN003");
        Assert.Equal("Field count is Int in CreateThingInput but String in UpdateThingInput; one C# property cannot hold both", error.GetMessage());
    }

    [Fact]
    public void Nullability_may_differ_but_list_depth_may_not()
    {
        Assert.Empty(GeneratorRun.Of(Record, Inputs.Replace("  count: Int\n  name: String", "  count: Int!\n  name: String"), Others).Diagnostics);
        Assert.Contains(
            GeneratorRun.Of(Record, Inputs.Replace("  count: Int\n  name: String", "  count: [Int]\n  name: String"), Others).Diagnostics,
            d => d.Id == "TRKGEN003");
    }

    [Fact]
    public void A_custom_scalar_without_a_csharp_type_stops_the_build()
    {
        var run = GeneratorRun.Of(Record, Inputs.Replace("weight: Float", "weight: Grams"), Others + "\nscalar Grams");

        var error = Assert.Single(run.Diagnostics, d => d.Id == "TRKGEN004");
        Assert.Contains("scalar Grams (CreateThingInput.weight)", error.GetMessage());
    }

    [Fact]
    public void A_schema_file_that_does_not_parse_stops_the_build()
    {
        var run = GeneratorRun.Of(Record, Inputs, Others, "input Broken {");

        var error = Assert.Single(run.Diagnostics, d => d.Id == "TRKGEN001");
        Assert.Contains("schema/02.graphql", error.GetMessage());
    }

    [Fact]
    public void A_schema_that_cannot_be_read_is_reported_once_however_many_records_are_marked()
    {
        var twoRecords = Record + """

            [SharedInputFields("CreateThingInput", "UpdateThingInput")]
            public abstract partial record OtherThingFields;
            """;

        var run = GeneratorRun.Of(twoRecords, Inputs, Others, "input Broken {");

        Assert.Single(run.Diagnostics, d => d.Id == "TRKGEN001");
        Assert.Equal(10, run.PropertiesOf("Things.OtherThingFields").Count);
    }

    [Fact]
    public void Fields_an_extension_adds_to_both_inputs_are_shared_after_their_own()
    {
        var run = GeneratorRun.Of(Record, Inputs, Others, "extend input CreateThingInput { colour: String }\nextend input UpdateThingInput { colour: String }");

        Assert.Empty(run.Diagnostics);
        Assert.Equal(("Colour", "Tracker.GraphQL.Server.Binding.Optional<string?>"), run.PropertiesOf("Things.ThingFields")[^1]);
    }

    [Fact]
    public void An_extension_of_an_input_never_declared_stops_the_build()
    {
        var run = GeneratorRun.Of(Record, Inputs, Others, "extend input ThingInput { colour: String }");

        Assert.Contains(run.Diagnostics, d => d.Id == "TRKGEN001" && d.GetMessage().Contains("extend input ThingInput extends an input no file declares"));
    }

    [Fact]
    public void A_record_nested_in_another_type_stops_the_build_naming_it()
    {
        var nested = Record.Replace(
            "[SharedInputFields(\"CreateThingInput\", \"UpdateThingInput\")]\npublic abstract partial record ThingFields;",
            "public static partial class Outer\n{\n    [SharedInputFields(\"CreateThingInput\", \"UpdateThingInput\")]\n    public abstract partial record ThingFields;\n}");
        Assert.NotEqual(Record, nested);

        var run = GeneratorRun.Of(nested, Inputs, Others);

        Assert.Contains(run.Diagnostics, d => d.Id == "TRKGEN005" && d.GetMessage().StartsWith("ThingFields is declared inside another type", StringComparison.Ordinal));
    }

    [Fact]
    public void An_input_declared_twice_stops_the_build()
    {
        var run = GeneratorRun.Of(Record, Inputs, Others, "input UpdateThingInput { id: ID! }");

        Assert.Contains(run.Diagnostics, d => d.Id == "TRKGEN001" && d.GetMessage().Contains("input UpdateThingInput is declared twice"));
    }
}
