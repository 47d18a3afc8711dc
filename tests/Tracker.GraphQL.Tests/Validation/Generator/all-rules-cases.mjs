// Whole documents through every specified rule: errors of different rules must interleave exactly as
// graphql-js's single parallel traversal reports them.
export default {
  All: [
    ['a valid query', `
      query Q($id: ID, $withName: Boolean = true) {
        human(id: $id) { name @include(if: $withName) pets { ...PetFields ... on Dog { barks } } }
      }
      fragment PetFields on Pet { name __typename }
    `],
    ['errors of many rules interleave in document order', `
      query Q($unused: Int, $id: Int) {
        human(id: $id, id: "x") { name(surname: 1) unknown pets }
        dog @include { nickname: name barks { x } }
        cat { ...CatFields ...Missing }
      }
      query Q { __typename }
      fragment CatFields on Cat { meows furColor(x: 1) }
      fragment Unused on Dog { name }
    `],
    ['schema definitions in an executable document', `
      { dog { name } }
      type T { a: Int }
      extend type Dog { x: Int }
    `],
    ['anonymous operation among named ones and unknown operation types', `
      { dog { name } }
      query A { cat { name } }
      query A { cat { nickname } }
    `],
    ['subscriptions with several problems', `
      subscription S($d: Boolean) { newMessage @skip(if: $d) { body } disallowedSecondRootField __typename }
      subscription { ... @defer { newMessage { body } } moreMessages @stream { body } }
    `],
    ['defer and stream problems together', `
      mutation M { ...F @defer dogs: renameDog(name: "x") @stream { name } }
      query { dog @stream(label: "a") { name } dogs @stream(label: "a") { name } ... @defer(label: 1) { cat { name } } }
      fragment F on Mutation { renameDog(name: "y") { name } }
    `],
    ['variables in every kind of wrong position', `
      query Q($a: String, $b: [Int], $c: ComplexInput, $d: Dog, $e: OneOfInput) {
        complicatedArgs {
          intArgField(intArg: $a)
          stringListArgField(stringListArg: $b)
          complexArgField(complexArg: { requiredField: $a, intField: $undefined })
          nonNullIntArgField(nonNullIntArg: $b)
          oneOfArgField(oneOfArg: { stringField: $a })
          multipleReqs(req1: 1)
        }
        dog { isAtLocation(x: $d) }
      }
    `],
    ['fragment cycles and unknown fragments', `
      { dog { ...A ...Missing } }
      fragment A on Dog { ...B name }
      fragment B on Dog { ...A nickname }
      fragment C on Cat { ...C }
    `],
    ['overlapping fields with other errors', `
      { dog { name: nickname name doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: "HEEL") } catOrDog { ... on Dog { x: barks } ... on Cat { x: meows } } }
    `],
    ['deep introspection with other errors', `
      { __schema { types { fields { type { fields { type { fields { name unknown } } } } } } } __type { name } }
    `],
    ['directives in wrong places and repeated', `
      query Q @onField @onQuery @onQuery { dog @onQuery @skip(if: true) @skip(if: false) @unknown { name @include(if: 1) } }
    `],
    ['values of the wrong type everywhere', `
      query Q($a: Int = "x", $b: FurColor = brown, $c: [String!] = [null]) {
        complicatedArgs {
          enumArgField(enumArg: BLUE)
          complexArgField(complexArg: { requiredField: "no", unknownField: 1, requiredField: false })
          stringListNonNullArgField(stringListNonNullArg: [1, null])
        }
      }
    `],
    ['SDL: every SDL rule at once', `
      schema { query: Query query: Query }
      schema { mutation: Query }
      type Query { a(x: Int, x: Int): String @unknownDirective b: Unknown a: Int }
      type Query { c: Int }
      enum E { A A }
      extend enum Missing { X }
      extend union Query = Query
      directive @d(x: Int!) on FIELD_DEFINITION
      directive @d on FIELD
      input I { f: Int @d f: Int @deprecated(reason: "x", x: 1) }
      type T { f: Int @d(y: 1) @d @include(if: true) }
    `, { sdl: true }],
  ],
};
