// Introspection (spec §4): the standard introspection query, with several option sets, against several
// schemas, including a large generated one.
import { getIntrospectionQuery } from 'graphql';

const allOptions = {
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
  experimentalDirectiveDeprecation: true,
  oneOf: true,
};

const cases = [];
for (const schema of ['validation', 'execution', 'starWars', 'large']) {
  cases.push({ id: `${schema}-default`, kind: 'execute', schema, document: getIntrospectionQuery(), rootValue: {} });
  cases.push({ id: `${schema}-all-options`, kind: 'execute', schema, document: getIntrospectionQuery(allOptions), rootValue: {} });
}
cases.push(
  { id: 'starWars-without-descriptions', kind: 'execute', schema: 'starWars', document: getIntrospectionQuery({ descriptions: false, typeDepth: 3 }), rootValue: {} },
  {
    id: 'starWars-deprecated-filters',
    kind: 'execute',
    schema: 'starWars',
    document: '{ __type(name: "Character") { fields { name } all: fields(includeDeprecated: true) { name isDeprecated deprecationReason args { name } allArgs: args(includeDeprecated: true) { name isDeprecated } } } __schema { directives { name } allDirectives: directives(includeDeprecated: true) { name isDeprecated deprecationReason } } }',
    rootValue: {},
  },
  {
    id: 'starWars-type-details',
    kind: 'execute',
    schema: 'starWars',
    document: '{ date: __type(name: "Date") { kind specifiedByURL description } by: __type(name: "CharacterBy") { kind isOneOf inputFields { name type { name } } } review: __type(name: "Review") { isOneOf inputFields(includeDeprecated: true) { name defaultValue isDeprecated } } episode: __type(name: "Episode") { enumValues { name } all: enumValues(includeDeprecated: true) { name isDeprecated deprecationReason } } }',
    rootValue: {},
  },
);

// Focused introspection queries: default values as GraphQL text, type wrappers, possible types.
function query(id, schema, document) {
  cases.push({ id, kind: 'execute', schema, document, rootValue: {} });
}
query('execution-argument-default-values', 'execution', '{ __type(name: "Query") { fields { name args { name defaultValue type { name kind } } } } }');
query('execution-input-field-default-values', 'execution', '{ __type(name: "EchoInput") { inputFields { name defaultValue type { kind name ofType { kind name } } } } }');
query('execution-type-wrappers', 'execution', '{ __type(name: "Query") { fields { name type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { name } } } } } } } }');
query('execution-custom-scalar-and-oneof', 'execution', '{ json: __type(name: "JSON") { kind name description specifiedByURL fields { name } } oneOf: __type(name: "OneOfEcho") { kind isOneOf inputFields { name } } input: __type(name: "EchoInput") { isOneOf } color: __type(name: "Color") { isOneOf enumValues { name } } }');
query('execution-typename-on-introspection-types', 'execution', '{ __schema { __typename queryType { __typename name } directives { __typename name args { __typename name } } } __type(name: "Color") { __typename enumValues { __typename name } } }');
query('execution-subscription-and-mutation-fields', 'execution', '{ __schema { mutationType { fields { name type { name kind } } } subscriptionType { fields { name args { name defaultValue } } } } }');
query('starWars-possible-types-and-interfaces', 'starWars', '{ character: __type(name: "Character") { kind possibleTypes { name } interfaces { name } } human: __type(name: "Human") { kind interfaces { name } possibleTypes { name } } root: __type(name: "Root") { interfaces { name } } }');
query('starWars-directive-details', 'starWars', '{ __schema { directives { name description isRepeatable locations args(includeDeprecated: true) { name defaultValue isDeprecated deprecationReason type { kind name ofType { name } } } } } }');
query('validation-abstract-types', 'validation', '{ pet: __type(name: "Pet") { possibleTypes { name } interfaces { name } } canine: __type(name: "Canine") { possibleTypes { name } interfaces { name } } union: __type(name: "CatOrDog") { possibleTypes { name } } }');
query('large-type-lookup', 'large', '{ __type(name: "Object180") { name description interfaces { name } fields(includeDeprecated: true) { name isDeprecated deprecationReason args { name defaultValue } } } range: __type(name: "Range") { isOneOf inputFields { name type { kind ofType { kind ofType { name } } } } } }');
query('execution-introspection-types-introspected', 'execution', '{ type: __type(name: "__Type") { kind name description fields(includeDeprecated: true) { name args { name type { kind name ofType { name } } defaultValue } type { kind name ofType { kind name ofType { kind name } } } } } kinds: __type(name: "__TypeKind") { enumValues { name description } } locations: __type(name: "__DirectiveLocation") { enumValues { name } } }');
query('execution-specified-directives-and-scalars', 'execution', '{ __schema { directives { name args { name type { name kind ofType { name } } defaultValue } } } string: __type(name: "String") { kind description specifiedByURL } boolean: __type(name: "Boolean") { description } }');
query('large-schema-type-names', 'large', '{ __schema { types { name kind } } }');

export default cases;
