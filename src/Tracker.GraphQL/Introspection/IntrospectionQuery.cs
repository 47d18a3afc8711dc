using System.Text;

namespace Tracker.GraphQL.Introspection;

/// <summary>The standard introspection query, word for word as graphql-js 17's getIntrospectionQuery writes it.</summary>
public static class IntrospectionQuery
{
    public static string Get(IntrospectionQueryOptions? options = null)
    {
        options ??= new IntrospectionQueryOptions();
        if (options.TypeDepth > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "Please set typeDepth to a reasonable value between 0 and 100; the default is 9.");
        }
        var descriptions = options.Descriptions ? "description" : string.Empty;
        var specifiedByUrl = options.SpecifiedByUrl ? "specifiedByURL" : string.Empty;
        var directiveIsRepeatable = options.DirectiveIsRepeatable ? "isRepeatable" : string.Empty;
        var schemaDescription = options.SchemaDescription ? descriptions : string.Empty;
        string InputDeprecation(string text) => options.InputValueDeprecation ? text : string.Empty;
        string DirectiveDeprecation(string text) => options.DirectiveDeprecation ? text : string.Empty;
        var oneOf = options.OneOf ? "isOneOf" : string.Empty;
        return $$"""

    query IntrospectionQuery {
      __schema {
        {{schemaDescription}}
        queryType { name kind }
        mutationType { name kind }
        subscriptionType { name kind }
        types {
          ...FullType
        }
        directives{{DirectiveDeprecation("(includeDeprecated: true)")}} {
          name
          {{descriptions}}
          {{directiveIsRepeatable}}
          {{DirectiveDeprecation("isDeprecated")}}
          {{DirectiveDeprecation("deprecationReason")}}
          locations
          args{{InputDeprecation("(includeDeprecated: true)")}} {
            ...InputValue
          }
        }
      }
    }

    fragment FullType on __Type {
      kind
      name
      {{descriptions}}
      {{specifiedByUrl}}
      {{oneOf}}
      fields(includeDeprecated: true) {
        name
        {{descriptions}}
        args{{InputDeprecation("(includeDeprecated: true)")}} {
          ...InputValue
        }
        type {
          ...TypeRef
        }
        isDeprecated
        deprecationReason
      }
      inputFields{{InputDeprecation("(includeDeprecated: true)")}} {
        ...InputValue
      }
      interfaces {
        ...TypeRef
      }
      enumValues(includeDeprecated: true) {
        name
        {{descriptions}}
        isDeprecated
        deprecationReason
      }
      possibleTypes {
        ...TypeRef
      }
    }

    fragment InputValue on __InputValue {
      name
      {{descriptions}}
      type { ...TypeRef }
      defaultValue
      {{InputDeprecation("isDeprecated")}}
      {{InputDeprecation("deprecationReason")}}
    }

    fragment TypeRef on __Type {
      kind
      name{{OfType(options.TypeDepth, "      ")}}
    }
  
""".ReplaceLineEndings("\n");
    }

    private static string OfType(int level, string indent)
    {
        if (level <= 0)
        {
            return string.Empty;
        }
        var builder = new StringBuilder();
        builder.Append('\n').Append(indent).Append("ofType {\n")
            .Append(indent).Append("  name\n")
            .Append(indent).Append("  kind").Append(OfType(level - 1, indent + "  ")).Append('\n')
            .Append(indent).Append('}');
        return builder.ToString();
    }
}
