using Tracker.GraphQL.Introspection;
using Tracker.GraphQL.Language;
using Tracker.GraphQL.Types;
using Tracker.GraphQL.Utilities;

namespace Tracker.GraphQL.Validation.Rules;

/// <summary>
/// Spec §5.5.1.2 Fragment Spread Type Existence, and the input types of §5.8.2: every type a document names is
/// in the schema or defined in the document (in SDL, the standard scalars and introspection types count too).
/// </summary>
internal sealed class KnownTypeNamesRule : ValidationRule
{
    public override string Name => "KnownTypeNames";

    private static readonly string[] StandardTypeNames =
        [.. SpecifiedScalars.All.Select(s => s.Name), .. IntrospectionTypes.All.Select(t => t.Name)];

    public override void Register(ValidationContext context, RuleVisitor visitor)
    {
        HashSet<string>? definedTypeNames = null;
        List<string>? typeNames = null;
        visitor.Enter<NamedTypeNode>(NodeKind.NamedType, node =>
        {
            var typeName = node.Name.Value;
            if (context.Schema?.GetType(typeName) is not null)
            {
                return;
            }
            definedTypeNames ??= [.. context.Document.Definitions.OfType<TypeDefinitionNode>().Select(d => d.Name.Value)];
            if (definedTypeNames.Contains(typeName))
            {
                return;
            }
            var isSdl = context.CurrentDefinition is TypeSystemDefinitionNode or TypeSystemExtensionNode;
            if (isSdl && StandardTypeNames.Contains(typeName))
            {
                return;
            }
            IReadOnlyList<string> suggestions = [];
            if (!context.HideSuggestions)
            {
                typeNames ??= (context.Schema?.TypeMap.Keys ?? []).Concat(definedTypeNames).Distinct().ToList();
                suggestions = SuggestionList.For(typeName, isSdl ? StandardTypeNames.Concat(typeNames) : typeNames);
            }
            context.ReportError(new GraphQLError($"Unknown type \"{typeName}\"." + MessageFormatting.DidYouMean(suggestions), node));
        });
    }
}
