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

export default cases;
