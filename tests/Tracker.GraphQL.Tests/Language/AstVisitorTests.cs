using Tracker.GraphQL.Language;

namespace Tracker.GraphQL.Tests.Language;

/// <summary>The AST visitor: graphql-js's visiting order, leave after children, skipping, ancestors, and walks
/// of trees far deeper than any call stack.</summary>
public sealed class AstVisitorTests
{
    [Fact]
    public void Enters_and_leaves_in_graphql_js_key_order()
    {
        var document = Parser.Parse("query Q($v: Int = 1) @d { alias: f(a: $v) { ...F ... on T { g } } }");
        var visitor = new Recorder();

        visitor.Walk(document);

        Assert.Equal(
            [
                "enter Document", "enter OperationDefinition", "enter Name Q", "leave Name Q",
                "enter VariableDefinition", "enter Variable", "enter Name v", "leave Name v", "leave Variable",
                "enter NamedType", "enter Name Int", "leave Name Int", "leave NamedType", "enter IntValue", "leave IntValue",
                "leave VariableDefinition",
                "enter Directive", "enter Name d", "leave Name d", "leave Directive",
                "enter SelectionSet", "enter Field", "enter Name alias", "leave Name alias", "enter Name f", "leave Name f",
                "enter Argument", "enter Name a", "leave Name a", "enter Variable", "enter Name v", "leave Name v", "leave Variable",
                "leave Argument", "enter SelectionSet", "enter FragmentSpread", "enter Name F", "leave Name F", "leave FragmentSpread",
                "enter InlineFragment", "enter NamedType", "enter Name T", "leave Name T", "leave NamedType",
                "enter SelectionSet", "enter Field", "enter Name g", "leave Name g", "leave Field", "leave SelectionSet",
                "leave InlineFragment", "leave SelectionSet", "leave Field", "leave SelectionSet",
                "leave OperationDefinition", "leave Document",
            ],
            visitor.Events);
    }

    [Fact]
    public void Visits_type_system_children_in_graphql_js_key_order()
    {
        var document = Parser.Parse("\"d\" type T implements I @k { \"f\" f(\"a\" a: Int = 1 @x): [T!] @y }");
        var visitor = new Recorder { NamesOnly = true };

        visitor.Walk(document);

        Assert.Equal(
            [
                "Document", "ObjectTypeDefinition", "StringValue", "Name T", "NamedType", "Name I", "Directive", "Name k",
                "FieldDefinition", "StringValue", "Name f", "InputValueDefinition", "StringValue", "Name a", "NamedType", "Name Int",
                "IntValue", "Directive", "Name x", "ListType", "NonNullType", "NamedType", "Name T", "Directive", "Name y",
            ],
            visitor.Events);
    }

    [Fact]
    public void Can_leave_descriptions_out()
    {
        var document = Parser.Parse("\"d\" query Q(\"v\" $v: Int) { a } \"e\" scalar S");
        var visitor = new Recorder(visitDescriptions: false) { NamesOnly = true };

        visitor.Walk(document);

        Assert.DoesNotContain("StringValue", visitor.Events);
        Assert.Contains("Name S", visitor.Events);
    }

    [Fact]
    public void Skips_the_children_and_the_leave_of_a_node_whose_enter_returns_false()
    {
        var document = Parser.Parse("{ a { b } c }");
        var visitor = new Recorder { Skip = node => node is FieldNode { Name.Value: "a" } };

        visitor.Walk(document);

        Assert.Contains("enter Field", visitor.Events);
        Assert.DoesNotContain("enter Name b", visitor.Events);
        Assert.DoesNotContain("enter Name a", visitor.Events);
        Assert.Equal(1, visitor.Events.Count(e => e == "leave Field"));
        Assert.Contains("enter Name c", visitor.Events);
    }

    [Fact]
    public void Knows_the_ancestors_and_parent_of_every_node()
    {
        var document = Parser.Parse("{ a(x: [1]) }");
        var paths = new List<string>();
        var visitor = new PathRecorder(paths);

        visitor.Walk(document);

        Assert.Equal(
            [
                "Document <- ", "OperationDefinition <- Document", "SelectionSet <- Document/OperationDefinition",
                "Field <- Document/OperationDefinition/SelectionSet", "Name <- Document/OperationDefinition/SelectionSet/Field",
                "Argument <- Document/OperationDefinition/SelectionSet/Field",
                "Name <- Document/OperationDefinition/SelectionSet/Field/Argument",
                "ListValue <- Document/OperationDefinition/SelectionSet/Field/Argument",
                "IntValue <- Document/OperationDefinition/SelectionSet/Field/Argument/ListValue",
            ],
            paths);
        Assert.Equal(0, visitor.AncestorsAfterWalk);
    }

    [Fact]
    public void Walks_a_tree_deeper_than_any_call_stack()
    {
        ValueNode value = new IntValueNode { Value = "1" };
        for (var i = 0; i < 1_000_000; i++)
        {
            value = new ListValueNode { Values = [value] };
        }
        var visitor = new Recorder { CountOnly = true };

        visitor.Walk(value);

        Assert.Equal(2_000_002, visitor.Count);
        Assert.Equal(1_000_000, visitor.MaxAncestors);
    }

    [Fact]
    public void A_walk_started_from_inside_a_walk_does_not_disturb_it()
    {
        var outer = Parser.Parse("{ a b }");
        var inner = Parser.Parse("{ c }");
        var visitor = new Recorder { NamesOnly = true };
        visitor.OnEnter = node =>
        {
            if (node is FieldNode { Name.Value: "a" })
            {
                visitor.OnEnter = null;
                visitor.Walk(inner);
            }
        };

        visitor.Walk(outer);

        Assert.Equal(
            [
                "Document", "OperationDefinition", "SelectionSet", "Field",
                "Document", "OperationDefinition", "SelectionSet", "Field", "Name c",
                "Name a", "Field", "Name b",
            ],
            visitor.Events);
    }

    private sealed class Recorder : AstVisitor
    {
        public Recorder(bool visitDescriptions = true) => VisitDescriptions = visitDescriptions;

        public List<string> Events { get; } = [];

        public bool NamesOnly { get; init; }

        public bool CountOnly { get; init; }

        public int Count { get; private set; }

        public int MaxAncestors { get; private set; }

        public Func<Node, bool>? Skip { get; init; }

        public Action<Node>? OnEnter { get; set; }

        protected override bool Enter(Node node)
        {
            Count++;
            MaxAncestors = Math.Max(MaxAncestors, Ancestors.Count);
            if (!CountOnly)
            {
                Events.Add(NamesOnly ? Describe(node) : "enter " + Describe(node));
            }
            OnEnter?.Invoke(node);
            return Skip?.Invoke(node) != true;
        }

        protected override void Leave(Node node)
        {
            Count++;
            if (!CountOnly && !NamesOnly)
            {
                Events.Add("leave " + Describe(node));
            }
        }

        private static string Describe(Node node) => node is NameNode name ? $"Name {name.Value}" : node.Kind.ToString();
    }

    private sealed class PathRecorder(List<string> paths) : AstVisitor
    {
        public int AncestorsAfterWalk => Ancestors.Count;

        protected override bool Enter(Node node)
        {
            Assert.Same(Ancestors.LastOrDefault(), Parent);
            paths.Add($"{node.Kind} <- {string.Join("/", Ancestors.Select(a => a.Kind))}");
            return true;
        }
    }
}
