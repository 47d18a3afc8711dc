// Documents and operations: spec §5.1, §5.2.
export default {
  ExecutableDefinitions: [
    ['only operation', `query Foo { dog { name } }`],
    ['operation and fragment', `
      query Foo { dog { name ...Frag } }
      fragment Frag on Dog { name }
    `],
    ['type definition', `
      query Foo { dog { name } }
      type Cow { name: String }
      extend type Dog { color: String }
    `],
    ['schema definition', `
      schema { query: Query }
      type Query { test: String }
      extend schema @directive
    `],
    ['directive definition and extension', `
      { dog { name } }
      directive @cow on FIELD
      scalar Date
      enum Mood { HAPPY }
      input Point { x: Int }
      union U = A | B
      interface I { a: Int }
    `],
  ],
  KnownOperationTypes: [
    ['query on a schema with a query type', `{ dog { name } }`],
    ['every supported operation', `
      query Q { dog { name } }
      mutation M { renameDog(name: "x") { name } }
      subscription S { newMessage { body } }
    `],
    ['mutation unsupported', `mutation { doSomething }`, { schema: `type Query { a: Int }` }],
    ['subscription unsupported', `subscription { onEvent }`, { schema: `type Query { a: Int }` }],
    ['several unsupported operations', `
      query { a }
      mutation M { b }
      subscription S { c }
      mutation { d }
    `, { schema: `type Query { a: Int }` }],
  ],
  UniqueOperationNames: [
    ['no operations', `fragment fragA on Dog { name }`],
    ['one anonymous operation', `{ dog { name } }`],
    ['one named operation', `query Foo { dog { name } }`],
    ['multiple operations', `
      query Foo { dog { name } }
      query Bar { dog { name } }
    `],
    ['multiple operations of different types', `
      query Foo { dog { name } }
      mutation Bar { renameDog(name: "x") { name } }
      subscription Baz { newMessage { body } }
    `],
    ['fragment and operation named the same', `
      query Foo { dog { ...Foo } }
      fragment Foo on Dog { name }
    `],
    ['multiple operations of the same name', `
      query Foo { dog { name } }
      query Foo { dog { nickname } }
    `],
    ['same name across operation types', `
      query Foo { dog { name } }
      mutation Foo { renameDog(name: "x") { name } }
      subscription Foo { newMessage { body } }
    `],
  ],
  LoneAnonymousOperation: [
    ['no operations', `fragment fragA on Dog { name }`],
    ['one anonymous operation', `{ dog { name } }`],
    ['multiple named operations', `
      query Foo { dog { name } }
      query Bar { dog { name } }
    `],
    ['anonymous operation with fragment', `
      { ...Foo }
      fragment Foo on Query { dog { name } }
    `],
    ['multiple anonymous operations', `
      { dog { name } }
      { cat { name } }
    `],
    ['anonymous operation with a mutation', `
      { dog { name } }
      mutation Foo { renameDog(name: "x") { name } }
    `],
    ['anonymous operation with a subscription', `
      { dog { name } }
      subscription Foo { newMessage { body } }
    `],
  ],
  SingleFieldSubscriptions: [
    ['one field', `subscription ImportantEmails { newMessage { body } }`],
    ['one field through fragments', `
      subscription sub { ...newMessageFields }
      fragment newMessageFields on Subscription { newMessage { body } }
    `],
    ['same field twice through an inline fragment', `
      subscription sub { newMessage { body } ... on Subscription { newMessage { sender } } }
    `],
    ['more than one field', `
      subscription ImportantEmails { newMessage { body } disallowedSecondRootField }
    `],
    ['more than one field via fragments', `
      subscription ImportantEmails { newMessage { body } ...fields }
      fragment fields on Subscription { disallowedSecondRootField moreMessages { body } }
    `],
    ['anonymous subscription with more than one field', `
      subscription { newMessage { body } disallowedSecondRootField moreMessages { sender } }
    `],
    ['introspection field', `subscription ImportantEmails { __typename }`],
    ['anonymous introspection field', `subscription { __typename }`],
    ['skip and include at the top level', `
      subscription RequireSkip($skip: Boolean!) {
        newMessage @skip(if: $skip) { body }
        ... on Subscription @include(if: true) { moreMessages { body } }
      }
    `],
    ['skip inside a fragment at the top level', `
      subscription S { ...F }
      fragment F on Subscription { newMessage @skip(if: false) { body } }
    `],
    ['skip below the top level is fine', `subscription S { newMessage { body @skip(if: true) sender } }`],
    ['no field at all', `subscription S { ... on Subscription @include(if: false) { newMessage { body } } }`],
    ['fragment not matching the subscription type', `
      subscription S { ...F newMessage { body } }
      fragment F on Query { dog { name } }
    `],
    ['without a subscription type', `subscription S { a b }`, { schema: `type Query { a: Int }` }],
    ['a fragment deferred then spread again is collected twice', `
      subscription { ...F @defer ...F }
      fragment F on Subscription { newMessage { body } disallowedSecondRootField }
    `],
    ['a fragment spread then deferred is collected once', `
      subscription { ...F ...F @defer }
      fragment F on Subscription { newMessage { body } disallowedSecondRootField }
    `],
    ['a fragment under two different defers is collected twice', `
      subscription { ...F @defer ...F @defer }
      fragment F on Subscription { newMessage { body } disallowedSecondRootField }
    `],
    ['defer with if false does not defer', `
      subscription { ...F @defer(if: false) ...F }
      fragment F on Subscription { newMessage { body } disallowedSecondRootField }
    `],
    ['defer with a variable defers', `
      subscription ($d: Boolean) { ...F @defer(if: $d) ...F }
      fragment F on Subscription { newMessage { body } disallowedSecondRootField }
    `],
    ['introspection fields under deferred inline fragments', `subscription { ... @defer { __typename } ... @defer { __typename } }`],
  ],
};
