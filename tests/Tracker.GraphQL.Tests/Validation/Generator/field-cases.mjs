// Types, fields and arguments: spec §5.3, §5.4, §5.5.1.3, §5.8.2.
export default {
  KnownTypeNames: [
    ['known type names', `
      query Foo($var: String, $required: [Int!]!, $introspectionType: __EnumValue) {
        user(id: 4) { pets { ... on Pet { name }, ...PetFields, ... { name } } }
      }
      fragment PetFields on Pet { name }
    `],
    ['unknown type names', `
      query Foo($var: [JumbledUpLetters!]!) {
        user(id: 4) { name pets { ... on Badger { name }, ...PetFields } }
      }
      fragment PetFields on Peat { name }
    `],
    ['unknown type names without suggestions', `
      query Foo($var: [JumbledUpLetters!]!) { dog { ... on Doge { name } } }
      fragment PetFields on Peat { name }
    `, { hide: true }],
    ['references to standard scalars missing from the schema', `
      query ($id: ID, $float: Float, $int: Int) { __typename }
    `, { schema: `type Query { foo: String }` }],
    ['ignores type definitions', `
      type NotInTheSchema { field: FooBar }
      interface FooBar { field: NotInTheSchema }
      union U = A | B
      input Blob { field: UnknownType }
      query Foo($var: NotInTheSchema) { user(id: $var) { id } }
    `],
    ['SDL: known and unknown types', `
      type Query { a: A b: Strin c: Boolean d: __Type }
      type A implements Unknown { f(arg: Inpt): ID }
      union U = A | Missing
      input In { x: Floa }
      directive @d(arg: Intt) on FIELD
      schema { query: Query mutation: Mutaton }
    `, { sdl: true }],
    ['SDL: extending a schema', `
      type New { a: Dog b: Dogg c: New }
      extend type Dog { x: Cat y: Catt }
    `, { sdl: true, extend: `type Query { dog: Dog } type Dog { name: String } type Cat { name: String }` }],
  ],
  FragmentsOnCompositeTypes: [
    ['object is a valid fragment type', `fragment validFragment on Dog { barks }`],
    ['interface is a valid fragment type', `fragment validFragment on Pet { name }`],
    ['object is a valid inline fragment type', `fragment validFragment on Pet { ... on Dog { barks } }`],
    ['inline fragment without a type condition', `fragment validFragment on Pet { ... { name } }`],
    ['union is a valid fragment type', `fragment validFragment on CatOrDog { __typename }`],
    ['scalar is an invalid fragment type', `fragment scalarFragment on Boolean { bad }`],
    ['enum is an invalid fragment type', `fragment scalarFragment on FurColor { bad }`],
    ['input object is an invalid fragment type', `fragment inputFragment on ComplexInput { stringField }`],
    ['scalar is an invalid inline fragment type', `fragment invalidFragment on Pet { ... on String { barks } }`],
    ['unknown types are left to KnownTypeNames', `fragment F on Unknown { a ... on AlsoUnknown { b } }`],
  ],
  VariablesAreInputTypes: [
    ['unknown types are ignored', `query Foo($a: Unknown, $b: [[Unknown!]]!) { field(a: $a, b: $b) }`],
    ['input types are valid', `query Foo($a: String, $b: [Boolean!]!, $c: ComplexInput, $d: FurColor) { field(a: $a, b: $b, c: $c) }`],
    ['output types are invalid', `query Foo($a: Dog, $b: [[CatOrDog!]]!, $c: Pet) { field(a: $a, b: $b, c: $c) }`],
  ],
  ScalarLeafs: [
    ['valid scalar selection', `fragment scalarSelection on Dog { barks }`],
    ['object type missing selection', `query directQueryOnObjectWithoutSubFields { human }`],
    ['interface type missing selection', `{ human { pets } }`],
    ['list of non-null objects missing selection', `{ dog { puppies } }`],
    ['valid scalar selection with arguments', `fragment scalarSelectionWithArgs on Dog { doesKnowCommand(dogCommand: SIT) }`],
    ['scalar selection not allowed on boolean', `fragment scalarSelectionsNotAllowedOnBoolean on Dog { barks { sinceWhen } }`],
    ['scalar selection not allowed on enum', `fragment scalarSelectionsNotAllowedOnEnum on Cat { furColor { inHexDec } }`],
    ['scalar selection with arguments not allowed', `fragment scalarSelectionsNotAllowedWithArgs on Dog { doesKnowCommand(dogCommand: SIT) { sinceWhen } }`],
    ['scalar selection with directives not allowed', `fragment scalarSelectionsNotAllowedWithDirectives on Dog { name @include(if: true) { isAlsoHumanName } }`],
    ['empty selection set is allowed by default', `{ dog { } }`],
    ['unknown fields are left alone', `{ unknown { a } dog { unknown } }`],
  ],
  FieldsOnCorrectType: [
    ['object field selection', `fragment objectFieldSelection on Dog { __typename name }`],
    ['aliased object field selection', `fragment aliasedObjectFieldSelection on Dog { tn : __typename otherName : name }`],
    ['interface field selection', `fragment interfaceFieldSelection on Pet { __typename name }`],
    ['lying alias selection', `fragment lyingAliasSelection on Dog { name : nickname }`],
    ['ignores fields on unknown type', `fragment unknownSelection on UnknownType { unknownField }`],
    ['reports errors when type is known again', `
      fragment typeKnownAgain on Pet {
        unknown_pet_field { ... on Cat { unknown_cat_field } }
      }
    `],
    ['field not defined on fragment', `fragment fieldNotDefined on Dog { meowVolume }`],
    ['ignores deeply unknown field', `fragment deepFieldNotDefined on Dog { unknown_field { deeper_unknown_field } }`],
    ['sub-field not defined', `fragment subFieldNotDefined on Human { pets { unknown_field } }`],
    ['field not defined on inline fragment', `fragment fieldNotDefined on Pet { ... on Dog { meowVolume } }`],
    ['aliased field target not defined', `fragment aliasedFieldTargetNotDefined on Dog { volume : mooVolume }`],
    ['aliased lying field target not defined', `fragment aliasedLyingFieldTargetNotDefined on Dog { barkVolume : kawVolume }`],
    ['not defined on interface', `fragment notDefinedOnInterface on Pet { tailLength }`],
    ['defined on implementors but not on interface', `fragment definedOnImplementorsButNotInterface on Pet { nickname }`],
    ['meta field selection on union', `fragment directFieldSelectionOnUnion on CatOrDog { __typename }`],
    ['direct field selection on union', `fragment directFieldSelectionOnUnion on CatOrDog { directField }`],
    ['defined on implementors queried on union', `fragment definedOnImplementorsQueriedOnUnion on CatOrDog { name }`],
    ['valid field in inline fragment', `fragment objectFieldSelection on Pet { ... on Dog { name } ... { name } }`],
    ['suggestions on a union of interfaces', `{ being { ... on Pet { iq } } intelligent { numEyes } humanOrAlien { iq name } }`],
    ['suggestions without them', `fragment definedOnImplementorsButNotInterface on Pet { nickname } fragment f on Dog { nam }`, { hide: true }],
    ['field suggestions', `{ dog { nme barkVolum } cat { meow } }`],
    ['type suggestions ordered by usage then name', `{ t { f } }`, { schema: `
      interface T { y: String }
      type A implements T { f: String y: String }
      type B implements T & I1 { f: String y: String }
      type C implements T & I1 & I2 { f: String y: String }
      interface I1 { f: String }
      interface I2 { f: String }
      type Query { t: T }
    ` }],
    ['introspection fields everywhere', `{ __schema { queryType { name } } __type(name: "Dog") { name } dog { __typename } catOrDog { __typename } }`],
  ],
  KnownArgumentNames: [
    ['single argument is known', `fragment argOnRequiredArg on Dog { doesKnowCommand(dogCommand: SIT) }`],
    ['multiple arguments are known', `fragment multipleArgs on ComplicatedArgs { multipleReqs(req1: 1, req2: 2) }`],
    ['ignores arguments of unknown fields', `fragment argOnUnknownField on Dog { unknownField(unknownArg: SIT) }`],
    ['multiple arguments in reverse order', `fragment multipleArgsReverseOrder on ComplicatedArgs { multipleReqs(req2: 2, req1: 1) }`],
    ['no arguments on optional argument', `fragment noArgOnOptionalArg on Dog { isHouseTrained }`],
    ['arguments are known deeply', `{ dog { doesKnowCommand(dogCommand: SIT) } human { pets { ... on Dog { doesKnowCommand(dogCommand: SIT) } } } }`],
    ['directive arguments are known', `{ dog @skip(if: true) { name } }`],
    ['field arguments are invalid on directives', `{ dog @skip(unless: true) { name } }`],
    ['misspelled directive arguments are reported', `{ dog @skip(iff: true) { name } }`],
    ['invalid argument name', `fragment invalidArgName on Dog { doesKnowCommand(unknown: true) }`],
    ['misspelled argument name is reported', `fragment invalidArgName on Dog { doesKnowCommand(DogCommand: true) }`],
    ['unknown arguments amongst known ones', `fragment oneGoodArgOneInvalidArg on Dog { doesKnowCommand(whoKnows: 1, dogCommand: SIT, unknown: true) }`],
    ['unknown arguments deeply', `
      { dog { doesKnowCommand(unknown: true) }
        human { pets { ... on Dog { doesKnowCommand(unknown: true) } } } }
    `],
    ['unknown arguments without suggestions', `{ dog { doesKnowCommand(DogCommand: SIT) } d: dog @skip(iff: true) { name } }`, { hide: true }],
    ['unknown directives are ignored', `{ dog @unknown(a: 1) { name } }`],
  ],
  KnownArgumentNamesOnDirectives: [
    ['SDL: known arguments', `
      type Query { foo: String @test(arg: "") }
      directive @test(arg: String) on FIELD_DEFINITION
    `, { sdl: true }],
    ['SDL: unknown argument', `
      type Query { foo: String @test(unknown: "") }
      directive @test(arg: String) on FIELD_DEFINITION
    `, { sdl: true }],
    ['SDL: misspelled argument', `
      type Query { foo: String @test(agr: "") }
      directive @test(arg: String) on FIELD_DEFINITION
    `, { sdl: true }],
    ['SDL: unknown argument on a standard directive', `
      type Query { foo: String @deprecated(unknown: "") }
    `, { sdl: true }],
    ['SDL: unknown argument on an overridden standard directive', `
      type Query { foo: String @deprecated(reason: "") }
      directive @deprecated(arg: String) on FIELD
    `, { sdl: true }],
    ['SDL: unknown argument on a directive of the extended schema', `
      extend type Query { foo: String @test(unknown: "") }
    `, { sdl: true, extend: `type Query { a: Int } directive @test(arg: String) on FIELD_DEFINITION` }],
    ['SDL: unknown argument on a directive defined in the extension', `
      extend type Query { foo: String @test(unknown: "") }
      directive @test(arg: String) on FIELD_DEFINITION
    `, { sdl: true, extend: `type Query { a: Int }` }],
  ],
  UniqueArgumentNames: [
    ['no arguments on field', `{ field }`],
    ['no arguments on directive', `{ field @directive }`],
    ['argument on field', `{ field(arg: "value") }`],
    ['argument on directive', `{ field @directive(arg: "value") }`],
    ['same argument on two fields', `{ one: field(arg: "value") two: field(arg: "value") }`],
    ['same argument on field and directive', `{ field(arg: "value") @directive(arg: "value") }`],
    ['same argument on two directives', `{ field @directive1(arg: "value") @directive2(arg: "value") }`],
    ['multiple field arguments', `{ field(arg1: "value", arg2: "value", arg3: "value") }`],
    ['duplicate field arguments', `{ field(arg1: "value", arg1: "value") }`],
    ['many duplicate field arguments', `{ field(arg1: "value", arg1: "value", arg1: "value") }`],
    ['duplicate directive arguments', `{ field @directive(arg1: "value", arg1: "value") }`],
    ['many duplicate directive arguments', `{ field @directive(arg1: "value", arg2: "value", arg1: "value", arg2: "value") }`],
    ['SDL: duplicate directive arguments', `type Query { a: Int @d(x: 1, x: 2) } directive @d(x: Int) on FIELD_DEFINITION`, { sdl: true }],
  ],
  ProvidedRequiredArguments: [
    ['ignores unknown arguments', `{ dog { isHouseTrained(unknownArgument: true) } }`],
    ['argument on optional argument', `{ dog { isHouseTrained(atOtherHomes: true) } }`],
    ['no argument on optional argument', `{ dog { isHouseTrained } }`],
    ['no argument on non-null field with default', `{ complicatedArgs { nonNullFieldWithDefault } }`],
    ['multiple arguments', `{ complicatedArgs { multipleReqs(req1: 1, req2: 2) } }`],
    ['multiple arguments in reverse order', `{ complicatedArgs { multipleReqs(req2: 2, req1: 1) } }`],
    ['no arguments on multiple optional', `{ complicatedArgs { multipleOpts } }`],
    ['one argument on multiple optional', `{ complicatedArgs { multipleOpts(opt1: 1) } }`],
    ['second argument on multiple optional', `{ complicatedArgs { multipleOpts(opt2: 1) } }`],
    ['multiple required and one optional', `{ complicatedArgs { multipleOptAndReq(req1: 3, req2: 4, opt1: 5) } }`],
    ['missing one non-nullable argument', `{ complicatedArgs { multipleReqs(req2: 2) } }`],
    ['missing multiple non-nullable arguments', `{ complicatedArgs { multipleReqs } }`],
    ['incorrect value and missing argument', `{ complicatedArgs { multipleReqs(req1: "one") } }`],
    ['ignores unknown directives', `{ dog @unknown }`],
    ['directives with required arguments', `{ dog @include(if: true) { name } human @skip(if: false) { name } }`],
    ['directives without required arguments', `{ dog @include { name @skip } }`],
    ['unknown fields are ignored', `{ unknown { multipleReqs } }`],
  ],
  ProvidedRequiredArgumentsOnDirectives: [
    ['SDL: missing optional arguments', `
      type Query { foo: String @test }
      directive @test(arg1: String, arg2: String! = "") on FIELD_DEFINITION
    `, { sdl: true }],
    ['SDL: missing required argument', `
      type Query { foo: String @test }
      directive @test(arg: String!) on FIELD_DEFINITION
    `, { sdl: true }],
    ['SDL: missing required list argument', `
      type Query { foo: String @test }
      directive @test(arg: [[String!]]!) on FIELD_DEFINITION
    `, { sdl: true }],
    ['SDL: missing argument of a standard directive', `
      type Query { foo: String @include }
    `, { sdl: true }],
    ['SDL: missing argument of a directive of the extended schema', `
      extend type Query { foo: String @test }
    `, { sdl: true, extend: `type Query { a: Int } directive @test(arg: Int!) on FIELD_DEFINITION` }],
    ['SDL: missing argument of a directive defined in the extension', `
      extend type Query { foo: String @test }
      directive @test(arg: Int!) on FIELD_DEFINITION
    `, { sdl: true, extend: `type Query { a: Int }` }],
  ],
  MaxIntrospectionDepth: [
    ['default introspection-like query', `
      { __schema { types { name fields { name type { name ofType { name } } args { name } } interfaces { name } possibleTypes { name } inputFields { name } } } }
    `],
    ['fields three levels deep', `
      { __schema { types { fields { type { fields { type { fields { name } } } } } } } }
    `],
    ['interfaces three levels deep', `
      { __schema { types { interfaces { interfaces { interfaces { name } } } } } }
    `],
    ['possibleTypes three levels deep', `
      { __schema { types { possibleTypes { possibleTypes { possibleTypes { name } } } } } }
    `],
    ['inputFields three levels deep', `
      { __schema { types { inputFields { type { inputFields { type { inputFields { type { name } } } } } } } } }
    `],
    ['__type three levels deep', `
      { __type(name: "Dog") { fields { type { fields { type { fields { name } } } } } } }
    `],
    ['depth through fragments', `
      { __schema { types { ...F1 } } }
      fragment F1 on __Type { fields { type { ...F2 } } }
      fragment F2 on __Type { fields { type { ...F3 } } }
      fragment F3 on __Type { fields { type { name } } }
    `],
    ['two levels is fine', `
      { __schema { types { fields { type { fields { name } } } } } }
    `],
    ['cyclic fragments do not loop', `
      { __schema { types { ...F } } }
      fragment F on __Type { ofType { ...F } }
    `],
    ['depth is counted per path', `
      { __schema { types { fields { name } interfaces { name } possibleTypes { name } inputFields { name } } } }
    `],
    ['unknown fragments are ignored', `{ __schema { types { ...Unknown } } }`],
    ['deep fields outside introspection are fine', `
      { dog { fields: mother { fields: mother { fields: mother { name } } } } }
    `],
  ],
};
