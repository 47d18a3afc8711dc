// Execution (spec §6): operation selection, field collection, null propagation, lists, errors with paths,
// abstract types, mutations. Schema: schemas.mjs "execution".
const cases = [];

function exec(label, document, rootValue, extra = {}) {
  cases.push({ id: label, kind: 'execute', schema: 'execution', document, rootValue, ...extra });
}

const deep = {
  string: 'top',
  nested: {
    string: 'one',
    nested: { string: 'two', nested: { string: 'three' } },
  },
};

exec('scalars', '{ string int float boolean id }', { string: 's', int: 1, float: 1.5, boolean: true, id: 'x' });
exec('aliases', '{ a: string b: string c: int }', { string: 's', int: 3 });
exec('typename', '{ __typename nested { __typename } }', { nested: {} });
exec('nested-objects', '{ string nested { string nested { string nested { string } } } }', deep);
exec('missing-fields-are-null', '{ string int nested { string } }', {});
exec('field-merging', '{ nested { string } nested { int } nested { string nested { string } } }', { nested: { string: 'a', int: 1, nested: { string: 'b' } } });
exec('fragments', 'query { ...F nested { ...G } } fragment F on Query { string } fragment G on Nested { int string }', { string: 'q', nested: { int: 2, string: 'n' } });
exec('inline-fragments', '{ ... on Query { string } ... { int } }', { string: 'q', int: 5 });
exec('skip-true', '{ string @skip(if: true) int }', { string: 's', int: 1 });
exec('include-false', '{ string @include(if: false) int }', { string: 's', int: 1 });
exec('skip-and-include', '{ a: string @skip(if: false) @include(if: true) b: string @skip(if: true) @include(if: true) }', { string: 's' });
exec('skip-variable', 'query Q($s: Boolean!) { string @skip(if: $s) int }', { string: 's', int: 1 }, { variables: { s: true } });
exec('skip-on-fragment', 'query { ...F @skip(if: true) int } fragment F on Query { string }', { string: 's', int: 1 });
exec('include-on-inline-fragment', '{ ... @include(if: false) { string } int }', { string: 's', int: 1 });
exec('operation-name-selects', 'query A { string } query B { int }', { string: 's', int: 1 }, { operationName: 'B' });
exec('operation-name-unknown', 'query A { string } query B { int }', { string: 's' }, { operationName: 'C' });
exec('operation-name-required', 'query A { string } query B { int }', { string: 's' });
exec('lists', '{ list nonNullList listOfNonNull nonNullListOfNonNull }', { list: ['a', null], nonNullList: ['b'], listOfNonNull: ['c'], nonNullListOfNonNull: ['d', 'e'] });
exec('list-of-objects', '{ nestedList { string } }', { nestedList: [{ string: 'a' }, null, { string: 'c' }] });
exec('list-not-iterable', '{ list }', { list: 'not a list' });
exec('list-from-object', '{ list }', { list: { a: 1 } });
exec('empty-lists', '{ list nestedList { string } }', { list: [], nestedList: [] });

// Null propagation.
exec('null-in-non-null-root', '{ string nonNullString }', { string: 's' });
exec('null-in-non-null-nested', '{ nested { string nonNullString } }', { nested: { string: 's' } });
exec('null-propagates-two-levels', '{ nested { nonNullNested { nonNullString } } }', { nested: { nonNullNested: {} } });
exec('null-propagates-to-root', '{ string nonNullNested { nonNullString } }', { string: 's', nonNullNested: {} });
exec('null-in-nullable-list-item', '{ list }', { list: ['a', null, 'c'] });
exec('null-in-non-null-list-item', '{ listOfNonNull }', { listOfNonNull: ['a', null, 'c'] });
exec('null-in-non-null-list-of-non-null', '{ string nonNullListOfNonNull }', { string: 's', nonNullListOfNonNull: ['a', null] });
exec('null-object-in-list-of-non-null', '{ nestedListOfNonNull { string } }', { nestedListOfNonNull: [{ string: 'a' }, null] });
exec('error-in-list-item-object', '{ nestedList { nonNullString } }', { nestedList: [{ nonNullString: 'ok' }, {}, { nonNullString: 'also ok' }] });
exec('error-deep-in-non-null-chain', '{ nested { nonNullNestedListOfNonNull { nonNullString } } }', { nested: { nonNullNestedListOfNonNull: [{ nonNullString: 'x' }, {}] } });
exec('errors-in-siblings', '{ nested { nonNullString } nestedList { nonNullString } string }', { nested: {}, nestedList: [{}, {}], string: 'still here' });

// Resolver errors.
exec('resolver-error', '{ string int }', { string: { $throw: 'Boom' }, int: 1 });
exec('resolver-error-non-null', '{ nested { nonNullString string } }', { nested: { nonNullString: { $throw: 'Deep boom' }, string: 's' } });
exec('resolver-error-in-list-item', '{ list }', { list: ['a', { $throw: 'Bad item' }, 'c'] });
exec('resolver-error-in-non-null-list-item', '{ string listOfNonNull }', { string: 's', listOfNonNull: ['a', { $throw: 'Bad item' }] });
exec('resolver-errors-many', '{ a: string b: string nested { string int } }', { string: { $throw: 'Repeated' }, nested: { string: { $throw: 'Inner' }, int: { $throw: 'Other' } } });
exec('error-with-alias-path', '{ alias: nested { renamed: string } }', { nested: { string: { $throw: 'Aliased' } } });
exec('error-path-in-lists', '{ nestedList { nestedList { string } } }', { nestedList: [{ nestedList: [{ string: 'a' }, { string: { $throw: 'Inside' } }] }] });

// Asynchronous values.
exec('async-scalars', '{ string int }', { string: { $async: 'later' }, int: { $async: 7 } });
exec('async-objects', '{ nested { string nested { string } } }', { nested: { $async: { string: 'a', nested: { $async: { string: 'b' } } } } });
exec('async-list-items', '{ list nestedList { string } }', { list: [{ $async: 'a' }, 'b'], nestedList: { $async: [{ string: { $async: 'x' } }] } });
exec('async-error', '{ string int }', { string: { $async: { $throw: 'Later boom' } }, int: 1 });
exec('async-null-in-non-null', '{ string nonNullString }', { string: 's', nonNullString: { $async: null } });
exec('async-error-in-list-item', '{ list }', { list: ['a', { $async: { $throw: 'Async item' } }] });

// Abstract types.
const people = [
  { __typename: 'Person', id: '1', name: 'Ada', age: 36 },
  { __typename: 'Place', id: '2', name: 'Paris', population: 2100000 },
  { __typename: 'Thing', id: '3', weight: 1.5 },
];
exec('interface-typename', '{ nodes { __typename id } }', { nodes: people });
exec('interface-fragments', '{ nodes { id ... on Person { name age } ... on Place { population } ... on Named { name } } }', { nodes: people });
exec('union', '{ searchResults { __typename ... on Person { name } ... on Place { name population } } }', { searchResults: people.slice(0, 2) });
exec('union-single', '{ searchResult { ... on Person { age } } }', { searchResult: people[0] });
exec('abstract-without-typename', '{ node { id } }', { node: { id: '1' } });
exec('abstract-unknown-typename', '{ node { id } }', { node: { __typename: 'Unicorn', id: '1' } });
exec('abstract-non-object-typename', '{ node { id } }', { node: { __typename: 'Named', id: '1' } });
exec('abstract-not-possible-type', '{ searchResult { __typename } }', { searchResult: { __typename: 'Thing', id: '3' } });
exec('abstract-in-list-error', '{ nodes { id } }', { nodes: [people[0], { id: 'x' }, people[1]] });
exec('abstract-typename-not-string', '{ node { id } }', { node: { __typename: 7, id: '1' } });

// Mutations run serially, in order.
exec('mutation-serial', 'mutation { first { string } second { string } third { string } }', { first: { $async: { string: '1' } }, second: { string: '2' }, third: { $async: { string: '3' } } });
exec('mutation-error-nulls-root', 'mutation { first { string } failing { string } third { string } }', { first: { string: '1' }, third: { string: '3' } });
exec('mutation-resolver-error', 'mutation { first { string } second { string } }', { first: { $throw: 'Mutation failed' }, second: { string: '2' } });

// Introspection mixed with data.
exec('typename-on-abstract', '{ node { __typename } searchResult { __typename } }', { node: people[2], searchResult: people[1] });
exec('introspection-type-query', '{ __type(name: "Color") { name kind enumValues { name } } }', {});
exec('introspection-unknown-type', '{ __type(name: "Nope") { name } }', {});
exec('introspection-schema-roots', '{ __schema { queryType { name } mutationType { name } subscriptionType { name } } }', {});

export default cases;
