// Directives: spec §5.7, and the incremental delivery (@defer/@stream) rules of graphql-js 17.
export default {
  KnownDirectives: [
    ['no directives', `query Foo { name ...Frag } fragment Frag on Dog { name }`],
    ['standard directives', `{ human @skip(if: false) { name pets { ... on Dog @include(if: true) { name } } } }`],
    ['unknown directive', `{ human @unknown(directive: "value") { name } }`],
    ['many unknown directives', `{ __typename @unknown human @unknown { name pets @unknown { name } } }`],
    ['well placed directives', `
      query ($var: Boolean @onVariableDefinition) @onQuery {
        human @onField { ...Frag @onFragmentSpread ... @onInlineFragment { name } }
      }
      mutation @onMutation { renameDog(name: "x") @onField { name } }
      subscription @onSubscription { newMessage @onField { body } }
      fragment Frag on Human @onFragmentDefinition { name }
    `],
    ['misplaced directives', `
      query ($var: Boolean @onQuery) @onMutation {
        human @onQuery { ...Frag @onInlineFragment ... @onFragmentSpread { name } }
      }
      mutation @onQuery { renameDog(name: "x") { name } }
      subscription @onQuery { newMessage { body } }
      fragment Frag on Human @onField { name }
    `],
    ['repeatable directive on several locations', `query @repeatable @repeatable { dog @repeatable { name } }`],
    ['SDL: well placed directives', `
      directive @onSchema on SCHEMA
      directive @onScalar on SCALAR
      directive @onObject on OBJECT
      directive @onFieldDefinition on FIELD_DEFINITION
      directive @onArgumentDefinition on ARGUMENT_DEFINITION
      directive @onInterface on INTERFACE
      directive @onUnion on UNION
      directive @onEnum on ENUM
      directive @onEnumValue on ENUM_VALUE
      directive @onInputObject on INPUT_OBJECT
      directive @onInputFieldDefinition on INPUT_FIELD_DEFINITION
      type MyObj implements MyInterface @onObject { myField(myArg: Int @onArgumentDefinition): String @onFieldDefinition }
      extend type MyObj @onObject
      scalar MyScalar @onScalar
      extend scalar MyScalar @onScalar
      interface MyInterface @onInterface { myField(myArg: Int @onArgumentDefinition): String @onFieldDefinition }
      extend interface MyInterface @onInterface
      union MyUnion @onUnion = MyObj | Other
      extend union MyUnion @onUnion
      enum MyEnum @onEnum { MY_VALUE @onEnumValue }
      extend enum MyEnum @onEnum
      input MyInput @onInputObject { myField: Int @onInputFieldDefinition }
      extend input MyInput @onInputObject
      schema @onSchema { query: MyQuery }
      extend schema @onSchema
    `, { sdl: true }],
    ['SDL: misplaced directives', `
      directive @onSchema on SCHEMA
      directive @onObject on OBJECT
      type MyObj implements MyInterface @onSchema { myField(myArg: Int @onObject): String @onSchema }
      scalar MyScalar @onObject
      interface MyInterface @onObject { myField: String }
      union MyUnion @onObject = MyObj | Other
      enum MyEnum @onObject { MY_VALUE @onObject }
      input MyInput @onObject { myField: Int @onObject }
      schema @onObject { query: MyQuery }
      extend schema @onObject
    `, { sdl: true }],
    ['SDL: unknown directives', `type Query { a: Int @unknown } scalar S @specifiedBy(url: "x") @alsoUnknown`, { sdl: true }],
    ['SDL: directives of the extended schema', `
      extend type Query @known { b: Int @unknown }
    `, { sdl: true, extend: `type Query { a: Int } directive @known on OBJECT` }],
  ],
  UniqueDirectivesPerLocation: [
    ['no directives', `fragment Test on Type { field }`],
    ['unique directives in different locations', `fragment Test on Type @directiveA { field @directiveB }`],
    ['unique directives in same locations', `fragment Test on Type @directiveA @directiveB { field @directiveA @directiveB }`],
    ['same directives in different locations', `fragment Test on Type @directiveA { field @directiveA }`],
    ['same directives in similar locations', `fragment Test on Type { field @directive field @directive }`],
    ['repeatable directives in same location', `fragment Test on Type @repeatable @repeatable { field @repeatable @repeatable }`],
    ['unknown directives must be ignored', `type Test @unknown @unknown { field: String! @unknown @unknown }`],
    ['duplicate directives in one location', `fragment Test on Type { field @skip(if: true) @skip(if: false) }`],
    ['many duplicate directives in one location', `fragment Test on Type { field @skip(if: true) @skip(if: false) @skip(if: true) }`],
    ['different duplicate directives in one location', `fragment Test on Type { field @include(if: true) @skip(if: true) @include(if: false) @skip(if: false) }`],
    ['duplicate directives in many locations', `query ($a: Int @onVariableDefinition @onVariableDefinition) @onQuery @onQuery { ...F @onFragmentSpread @onFragmentSpread } fragment F on Query @onFragmentDefinition @onFragmentDefinition { ... @onInlineFragment @onInlineFragment { dog { name } } }`],
    ['SDL: duplicate directives on definitions and extensions', `
      directive @nonRepeatable on SCHEMA | SCALAR | OBJECT | INTERFACE | UNION | INPUT_OBJECT | ENUM
      schema @nonRepeatable { query: Dummy }
      extend schema @nonRepeatable
      scalar TestScalar @nonRepeatable
      extend scalar TestScalar @nonRepeatable
      type TestObject @nonRepeatable
      extend type TestObject @nonRepeatable
      interface TestInterface @nonRepeatable
      extend interface TestInterface @nonRepeatable
      union TestUnion @nonRepeatable
      extend union TestUnion @nonRepeatable
      input TestInput @nonRepeatable
      extend input TestInput @nonRepeatable
      enum TestEnum @nonRepeatable
      extend enum TestEnum @nonRepeatable
    `, { sdl: true }],
    ['SDL: repeatable directives on definitions and extensions', `
      directive @repeatable repeatable on SCHEMA | OBJECT
      schema @repeatable { query: Dummy }
      extend schema @repeatable
      type TestObject @repeatable
      extend type TestObject @repeatable @repeatable
    `, { sdl: true }],
    ['SDL: duplicates against the extended schema are not checked', `
      extend type Query @nonRepeatable
    `, { sdl: true, extend: `type Query @nonRepeatable { a: Int } directive @nonRepeatable on OBJECT` }],
    ['SDL: duplicates on fields and arguments', `
      directive @d on FIELD_DEFINITION | ARGUMENT_DEFINITION | ENUM_VALUE | INPUT_FIELD_DEFINITION
      type Query { a(x: Int @d @d): Int @d @d }
      enum E { A @d @d }
      input I { f: Int @d @d }
    `, { sdl: true }],
  ],
  DeferStreamDirectiveOnRootField: [
    ['defer on a query root fragment', `{ ... @defer { dog { name } } }`],
    ['defer on a mutation root inline fragment', `mutation { ... @defer { renameDog(name: "x") { name } } }`],
    ['defer on a mutation root fragment spread', `
      mutation { ...F @defer }
      fragment F on Mutation { renameDog(name: "x") { name } }
    `],
    ['defer below a mutation root field is fine', `mutation { renameDog(name: "x") { ... @defer { name } } }`],
    ['stream on a mutation root field', `mutation { renameDog(name: "x") @stream { name } }`],
    ['defer and stream on a subscription root', `
      subscription { ... @defer { newMessage { body } } moreMessages @stream(initialCount: 1) { body } }
    `],
    ['nested fragments on a subscription root', `
      subscription { ...A }
      fragment A on Subscription { ... { ...B } }
      fragment B on Subscription { ... @defer { moreMessages @stream { body } } }
    `],
    ['fragments checked once across operations', `
      mutation M1 { ...F }
      mutation M2 { ...F }
      fragment F on Mutation { ... @defer { renameDog(name: "x") { name } } }
    `],
    ['valid fragment shared by operations', `
      mutation M1 { ...F }
      mutation M2 { ...F ... @defer { renameDog(name: "y") { name } } }
      fragment F on Mutation { renameDog(name: "x") { name } }
    `],
    ['unknown fragments are ignored', `mutation { ...Unknown @defer }`],
    ['without a mutation type', `mutation { ... @defer { a } }`, { schema: `type Query { a: Int }` }],
  ],
  DeferStreamDirectiveOnValidOperations: [
    ['defer on a query', `{ dog { ... @defer { name } } }`],
    ['defer in a subscription', `subscription { newMessage { ... @defer { body } } }`],
    ['stream in a subscription', `subscription { moreMessages @stream { body } }`],
    ['defer with if false', `subscription { newMessage { ... @defer(if: false) { body } } }`],
    ['defer with if true', `subscription { newMessage { ... @defer(if: true) { body } } }`],
    ['defer with a variable if', `subscription ($d: Boolean!) { newMessage { ... @defer(if: $d) { body } } }`],
    ['stream with a string if', `subscription { moreMessages @stream(if: "no") { body } }`],
    ['defer skipped by a skip directive', `subscription ($s: Boolean!) { newMessage { ... @defer @skip(if: $s) { body } ... @defer @skip(if: false) { sender } } }`],
    ['defer skipped by an include directive', `subscription { newMessage { ... @defer @include(if: false) { body } ... @defer @include(if: true) { sender } ... @defer @include { body } } }`],
    ['defer inside fragments reports the spreads', `
      subscription { newMessage { ...A } }
      fragment A on Message { ...B }
      fragment B on Message { ... @defer { body } }
    `],
    ['fragments checked once', `
      subscription S1 { newMessage { ...A } }
      subscription S2 { newMessage { ...A } }
      fragment A on Message { ... @defer { body } }
    `],
    ['valid fragments are not checked again', `
      subscription S1 { newMessage { ...A } }
      subscription S2 { newMessage { ...A ... @defer { sender } } }
      fragment A on Message { body }
    `],
  ],
  DeferStreamDirectiveLabel: [
    ['defer without label', `{ dog { ... @defer { name } } }`],
    ['unique labels', `{ dog { ... @defer(label: "a") { name } } dogs @stream(label: "b") { name } }`],
    ['null label', `{ dog { ... @defer(label: null) { name } ... @defer(label: null) { nickname } } }`],
    ['duplicate labels', `{ dog { ... @defer(label: "a") { name } } dogs @stream(label: "a") { name } cat { ... @defer(label: "a") { name } } }`],
    ['label from a variable', `query ($l: String) { dog { ... @defer(label: $l) { name } } dogs @stream(label: $l) { name } }`],
    ['label of the wrong kind', `{ dog { ... @defer(label: 1) { name } } dogs @stream(label: ENUM) { name } }`],
    ['same label in different fragments', `
      { dog { ...A ...B } }
      fragment A on Dog { ... @defer(label: "x") { name } }
      fragment B on Dog { ... @defer(label: "x") { nickname } }
    `],
    ['other directives with a label argument are ignored', `{ dog @repeatable(label: "a") { ... @repeatable(label: "a") { name } } }`],
  ],
  StreamDirectiveOnListField: [
    ['stream on a list field', `{ dogs @stream { name } }`],
    ['stream on a non-null list field', `{ dog { puppies @stream(initialCount: 1) { name } } }`],
    ['stream on a non-list field', `{ dog @stream { name } }`],
    ['stream on a scalar field', `{ dog { name @stream } }`],
    ['stream on an unknown field', `{ dog { unknown @stream } }`],
    ['stream on an inline fragment inside a non-list field', `{ dog { ... @stream { name } } }`],
    ['stream on an inline fragment inside a list field', `{ dogs { ... @stream { name } } }`],
  ],
};
