// The SDL cases the schema tests run, shared by the generator (which asks graphql-js) and the tests.
'use strict';

/** Schemas built, validated and printed (SchemaPrinterTests, SchemaValidatorTests). */
const schemas = {
  builtInScalars: 'type Query { str: String int: Int float: Float id: ID bool: Boolean }',
  descriptions: `
"""
Schema desc
"""
schema { query: Q }
"Type desc" type Q implements I {
  "field desc" f(
    "arg desc" a: Int = 1
    b: [String!]! = ["x"] @deprecated(reason: "gone")
  ): String @deprecated
  g: String @deprecated(reason: "Use \`h\`.")
  h(x: Int, y: Int): String
  """
  multi
  line "quoted"
  """
  i: I
}
"""iface"""
interface I { i: I }
"""
  indented block
    more
"""
scalar Custom @specifiedBy(url: "https://example.com/custom")
"enum" enum E { "a" A B @deprecated C @deprecated(reason: "") }
input In @oneOf { "x" x: Int y: String @deprecated(reason: "old") }
input In2 { a: Int = 1 b: Float = 1.5 c: String = "s" d: Boolean = true e: E = A f: [Int] = [1, 2] g: In3 = {a: 1} h: ID = "id" i: Int = null j: Custom = {x: [1, {y: "z"}]} }
input In3 { a: Int! = 3 }
union U = Q | O
type O { o: String }
"dir desc" directive @d("the arg" a: Int = 2 @deprecated, b: String) repeatable on FIELD | QUERY | OBJECT | ARGUMENT_DEFINITION
directive @old @deprecated(reason: "no") on FIELD_DEFINITION
`,
  defaultRootNames: 'type Query { a: Int } type Mutation { a: Int } type Subscription { a: Int }',
  customRootNames: 'schema { query: Q mutation: M } type Q { a: Int } type M { a: Int } type Query { b: Int }',
  schemaDescriptionOnly: '"d" schema { query: Query } type Query { a: Int }',
  mutationOnlySchema: 'schema { mutation: M } type M { a: Int }',
  noRootTypes: 'type Foo { a: Int }',
  interfaceChain: 'interface A { a: Int } interface B implements A { a: Int b: Int } type C implements B & A { a: Int b: Int c: Int } type Query { c: C }',
  typeOrder: 'type Query { b: B a: A } type A { c: C } scalar S type B { s: S d: D } type C { x: Int } type D { e: E } enum E { X } input I { f: Float }',
  unreferencedTypes: 'type Query { a: Int } type Unused { x: ID } enum En { A }',
  redefinedBuiltInScalar: 'scalar String type Query { a: String }',
  redefinedBuiltInDirective: 'directive @skip(if: Int) on FIELD type Query { a: Int }',
  repeatableDirective: 'directive @r repeatable on FIELD | FRAGMENT_SPREAD type Query { a: Int }',
  everyDirectiveLocation: 'directive @all on QUERY | MUTATION | SUBSCRIPTION | FIELD | FRAGMENT_DEFINITION | FRAGMENT_SPREAD | INLINE_FRAGMENT | VARIABLE_DEFINITION | FRAGMENT_VARIABLE_DEFINITION | SCHEMA | SCALAR | OBJECT | FIELD_DEFINITION | ARGUMENT_DEFINITION | INTERFACE | UNION | ENUM | ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION | DIRECTIVE_DEFINITION type Query { a: Int }',
  deprecationReasons: 'type Query { a: Int @deprecated(reason: "No longer supported") b: Int @deprecated(reason: "Other") c: Int @deprecated }',
  descriptionVariants: `
type Query {
  "single line" a: Int
  "with \\"quotes\\"" b: Int
  "trailing backslash \\\\" c: Int
  """
  block with trailing quote"
  """ d: Int
  "line\\nbreak" e: Int
  "  leading spaces" f: Int
  "tab\\tx" g: Int
  "" h: Int
  """   """ i: Int
  "unicode \\u00e9 \\uD83D\\uDE00" j: Int
  "ends with \\"\\"\\"" k: Int
  "\\r\\n crlf" l: Int
}`,
  argumentDescriptions: `type Query { f("a" a: Int, b: Int, "c\\nmulti" c: String = "x"): Int g(a: Int, b: Int = 2): Int }
directive @x("only" a: Int) on FIELD`,
  enumValueDescriptions: 'enum E { "first" A "second" B C } type Query { e: E }',
  specifiedByExtended: 'scalar S extend scalar S @specifiedBy(url: "b") type Query { s: S }',
  oneOfOnExtensionIgnored: 'input I { a: Int } extend input I @oneOf type Query { f(i: I): Int }',
  extensionsInTheSameDocument: `type Query { a: Int } extend type Query { b: Int } interface I { x: Int } extend interface I { y: Int }
type O implements I { x: Int y: Int } extend type O { z: Int } union U = O extend union U = P type P { p: Int }
enum E { A } extend enum E { B } input In { a: Int } extend input In { b: Int } scalar S extend scalar S @specifiedBy(url: "u")
extend schema @sd directive @sd on SCHEMA`,
  schemaExtensionAddsRoot: 'type Query { a: Int } type M { a: Int } extend schema { mutation: M }',
  schemaExtensionQueryWithoutDefinition: 'type Query { a: Int } type Foo { a: Int } extend schema { query: Foo }',
  schemaDefinitionAndExtension: 'schema { query: Q } type Q { a: Int } type M { a: Int } extend schema { mutation: M }',
  deprecatedDirectiveByExtension: 'directive @d on FIELD extend directive @d @deprecated(reason: "why") type Query { a: Int }',
  listDefaults: 'type Query { f(a: [[Int]] = [[1], [2, 3]], b: [Int] = 1, c: [String!]! = []): Int }',
  objectAndEnumDefaults: 'enum E { A B } input I { e: E = B l: [E] = [A, B] o: J = {x: A, y: [1.5e10, -0.0]} } input J { x: E y: [Float] } type Query { f(i: I = {e: A}): Int }',
  blockStringDefault: 'type Query { f(a: String = """block\nvalue"""): Int }',
  interfaceOrder: 'interface B { b: Int } interface A { a: Int } type Query implements B & A { a: Int b: Int }',
  deprecatedEverything: `directive @dd(a: Int @deprecated) @deprecated on FIELD
type Query { f(a: Int @deprecated(reason: "x")): Int @deprecated e: E }
enum E { A @deprecated B }
input I { a: Int @deprecated }`,
  unicodeDescription: 'type Query { "é😀" a: String }',
};

/** Schemas that break the type system's rules (spec §3); graphql-js's validateSchema reports each. */
const invalidSchemas = {
  queryRootMissing: 'type Mutation { a: Int }',
  queryRootInterface: 'interface Query { a: Int }',
  mutationRootInterface: 'type Query { a: String } interface Mutation { a: String }',
  subscriptionRootUnion: 'schema { query: Query subscription: U } type Query { a: Int } union U = Query',
  queryRootScalar: 'schema { query: S } scalar S',
  mutationRootInputByExtension: 'type Query { a: Int } input I { a: Int } extend schema { mutation: I }',
  sameRootThrice: 'schema { query: Q mutation: Q subscription: Q } type Q { a: Int }',
  sameRootTwice: 'schema { query: Q mutation: M subscription: Q } type Q { a: Int } type M { a: Int }',
  emptyObject: 'type Query { a: Int } type Empty',
  emptyObjectWithExtension: 'type Query { a: Int } type Empty extend type Empty @foo directive @foo on OBJECT',
  emptyInterface: 'type Query { a: I } interface I',
  emptyUnion: 'type Query { a: U } union U',
  emptyEnum: 'type Query { a: E } enum E',
  emptyInputObject: 'type Query { a(i: I): Int } input I',
  reservedNames: 'type Query { __a: Int b(__c: Int): Int e: __E i(x: __In): Int } enum __E { __V A } input __In { __f: Int } type __T { a: Int } directive @__d(__x: Int) on FIELD interface __I { a: Int } union __U = Query scalar __S',
  fieldOfInputType: 'type Query { a: I } input I { a: Int }',
  argumentOfOutputType: 'type Query { a(o: O): Int } type O { a: Int }',
  inputFieldsOfOutputTypes: 'type Query { a(i: I): Int } input I { o: O u: U iface: Iface } type O { a: Int } union U = O interface Iface { a: Int }',
  directiveArgumentOfOutputType: 'directive @d(o: O) on FIELD type Query { a: Int } type O { a: Int }',
  requiredArgumentDeprecated: 'type Query { a(x: Int! @deprecated): Int b(x: Int! = 1 @deprecated): Int }',
  requiredDirectiveArgumentDeprecated: 'directive @d(x: Int! @deprecated) on FIELD type Query { a: Int }',
  requiredInputFieldDeprecated: 'type Query { a(i: I): Int } input I { x: Int! @deprecated y: Int! = 1 @deprecated z: Int @deprecated }',
  implementsObject: 'type Query implements O { a: Int } type O { a: Int }',
  implementsUnionAndScalar: 'type Query implements U & S { a: Int } type O { a: Int } union U = O scalar S',
  implementsItself: 'interface I implements I { a: Int } type Query { i: I }',
  implementsTwice: 'interface I { a: Int } type Query implements I & I { a: Int }',
  implementsTwiceByExtension: 'interface I { a: Int } type Query implements I { a: Int } extend type Query implements I',
  interfaceFieldMissing: 'interface I { a: Int b: String } type Query implements I { a: Int }',
  interfaceFieldMissingWithExtension: 'interface I { a: Int b: String } type Query implements I { a: Int } extend type Query { c: Int }',
  interfaceFieldTypeMismatch: 'interface I { a: Int b: [String] c: I d: String! } type Query implements I { a: String b: String c: Query d: String }',
  interfaceFieldCovariantTypes: 'interface I { a: I b: [I] c: U d: Int } union U = Query type Query implements I { a: Query b: [Query!]! c: Query d: Int! }',
  interfaceArgumentMissing: 'interface I { a(x: Int): Int } type Query implements I { a: Int }',
  interfaceArgumentTypeMismatch: 'interface I { a(x: Int, y: [Int]): Int } type Query implements I { a(x: String, y: [Int!]): Int }',
  additionalRequiredArgument: 'interface I { a: Int } type Query implements I { a(x: Int!, y: Int, z: Int! = 1): Int }',
  deprecatedImplementationField: 'interface I { a: Int b: Int @deprecated } type Query implements I { a: Int @deprecated(reason: "x") b: Int @deprecated }',
  transitiveInterfaceMissing: 'interface A { a: Int } interface B implements A { a: Int } type Query implements B { a: Int }',
  interfaceCycle: 'interface A implements B { a: Int } interface B implements A { a: Int } type Query { a: A }',
  interfaceCycleOfThree: 'interface A implements C { a: Int } interface B implements A { a: Int } interface C implements B { a: Int } type Query { a: A }',
  unionMemberTwice: 'type Query { u: U } union U = Query | Query',
  unionMemberTwiceByExtension: 'type Query { u: U } union U = Query extend union U = Query',
  unionOfNonObjects: 'type Query { u: U } union U = I | S | E | In | U2 interface I { a: Int } scalar S enum E { A } input In { a: Int } union U2 = Query',
  reservedEnumValue: 'type Query { e: E } enum E { __A }',
  inputObjectCycle: 'type Query { a(i: A): Int } input A { b: B! } input B { a: A! }',
  inputObjectSelfCycle: 'type Query { a(i: A): Int } input A { a: A! }',
  inputObjectCycleThroughListAllowed: 'type Query { a(i: A): Int } input A { a: [A!]! }',
  inputObjectCycleThroughNullableAllowed: 'type Query { a(i: A): Int } input A { a: A }',
  inputObjectCycles: 'type Query { a(i: A): Int } input A { b: B! c: C! } input B { a: A! } input C { a: A! }',
  inputObjectCyclesMixed: 'type Query { a(i: A): Int } input A { b: B! x: Int } input B { c: C! } input C { a: A! b: B! }',
  oneOfCycle: 'type Query { a(i: A): Int } input A @oneOf { b: B } input B @oneOf { a: A }',
  oneOfCycleWithEscape: 'type Query { a(i: A): Int } input A @oneOf { b: B x: Int } input B @oneOf { a: A }',
  oneOfRequiredChain: 'type Query { a(i: A): Int } input A { b: B! } input B @oneOf { a: A c: C } input C { b: B! }',
  oneOfFieldRules: 'type Query { a(i: A): Int } input A @oneOf { a: Int! b: Int = 1 c: Int! = 2 d: Int }',
  invalidArgumentDefaults: 'type Query { a(x: Int = "s", y: [Int] = [1, "a"], z: Int! = null, w: I = {a: 1, b: 2}, v: I = {}, e: E = Z, f: E = "A", g: Float = 1, h: ID = 1.5, k: Boolean = 0): Int } input I { a: Int b: String! } enum E { A }',
  invalidInputFieldDefaults: 'type Query { a(x: I): Int } input I { a: Int = "x" b: [Int!] = [null] c: J = {d: {e: 1}} } input J { d: K } input K { e: String }',
  invalidDirectiveArgumentDefault: 'directive @d(a: Int = true) on FIELD type Query { a: Int }',
  invalidOneOfDefaults: 'type Query { a(x: O = {a: 1, b: 2}, y: O = {a: null}, z: O = {}): Int } input O @oneOf { a: Int b: Int }',
  defaultValueCycle: 'type Query { a(i: A): Int } input A { b: B = {} } input B { a: A = {} }',
  defaultValueSelfCycle: 'type Query { a(i: A): Int } input A { x: A = {} }',
  defaultValueCycleInList: 'type Query { a(i: A): Int } input A { x: [A] = [{}] }',
  defaultValueCycleDeep: 'type Query { a(i: A): Int } input A { b: B = {c: {}} } input B { c: C } input C { a: A = {} }',
  defaultValueCycleBroken: 'type Query { a(i: A): Int } input A { b: B = {a: null} } input B { a: A = {} }',
  defaultValueCycleOfThree: 'type Query { a(i: A): Int } input A { x: B = {} } input B { y: C = {} } input C { z: A = {} }',
  reservedDirectiveName: 'directive @__x on FIELD type Query { a: Int }',
  severalErrorsInOrder: 'schema { query: Q mutation: Q } type Q { __a: I } input I { x: Int! @deprecated } interface Iface { b: Int } type Z implements Iface & U { c: Int } union U = Z | Z',
};

/** SDL that cannot be built: SDL validation errors, or errors met while building. */
const unbuildable = {
  unknownType: 'type Query { a: Foo }',
  unknownRootType: 'schema { query: Foo }',
  duplicateType: 'type Query { a: Int } type Query { b: Int }',
  twoSchemaDefinitions: 'schema { query: Query } schema { query: Query } type Query { a: Int }',
  unknownDirective: 'type Query { a: Int @unknown }',
  deprecationReasonNotAString: 'type Query { a: String @deprecated(reason: 123) }',
  deprecationReasonNull: 'type Query { a: String @deprecated(reason: null) }',
  specifiedByUrlNotAString: 'scalar S @specifiedBy(url: 1) type Query { a: S }',
  specifiedByWithoutUrl: 'scalar S @specifiedBy type Query { a: S }',
  extensionOfUnknownType: 'type Query { a: Int } extend type Foo { b: Int }',
  extensionOfOtherKind: 'enum E { A } extend type E { b: Int } type Query { e: E }',
  duplicateField: 'type Query { a: Int a: String }',
  deprecatedTwice: 'type Query { a: Int @deprecated @deprecated }',
  directiveInWrongPlace: 'type Query { a: Int } extend type Query @deprecated',
};

/** Schemas extended by a second document (SchemaExtensionTests). */
const extensions = {
  newTypeAndField: ['type Query { a: Int }', 'type Foo { b: String } extend type Query { foo: Foo }'],
  interfaceAndImplementation: ['interface I { a: Int } type Query implements I { a: Int }', 'extend interface I { b: Int } extend type Query { b: Int }'],
  interfaceFieldNotImplemented: ['interface I { a: Int } type Query implements I { a: Int }', 'extend interface I { b: Int }'],
  everyKind: ['type Query { e: E u: U s: S f(i: I): Int } enum E { A } union U = Query scalar S input I { a: Int } type O { o: Int }',
    'extend enum E { B } extend union U = O extend scalar S @specifiedBy(url: "x") extend input I { b: String = "d" }'],
  schemaExtensionAddsMutation: ['type Query { a: Int } type M { a: Int }', 'extend schema { mutation: M }'],
  schemaDefinitionInExtension: ['type Q1 { a: Int }', 'schema { query: Q1 }'],
  newDirective: ['type Query { a: Int }', 'directive @new(a: Int = 1) repeatable on FIELD'],
  directiveDeprecated: ['directive @d on FIELD type Query { a: Int }', 'extend directive @d @deprecated'],
  newInterfaceImplemented: ['type Query { a: Int }', 'interface Named { name: String } extend type Query implements Named { name: String }'],
  typeOrder: ['type Query { b: B } type B { x: Int } scalar Old', 'type A { y: Float } extend type Query { a: A } scalar New'],
  schemaDescriptionKept: ['"old" schema { query: Query } type Query { a: Int }', 'type X { a: Int }'],
  builtInScalarExtensionIgnored: ['type Query { a: String }', 'extend scalar String @specifiedBy(url: "x")'],
  specifiedByReplaced: ['scalar S @specifiedBy(url: "a") type Query { s: S }', 'extend scalar S @specifiedBy(url: "b")'],
  resolversKeptOnCopies: ['type Query { a: Int } enum E { A } type Mutation { m: E }', 'extend type Query { b: String }'],
  rootTypesKept: ['schema { query: Q mutation: M } type Q { a: Int } type M { a: Int }', 'extend type M { b: Int }'],
  unknownType: ['type Query { a: Int }', 'extend type Query { b: Missing }'],
  typeDefinedAgain: ['type Query { a: Int }', 'type Query { b: Int }'],
  fieldDefinedAgain: ['type Query { a: Int }', 'extend type Query { a: Int }'],
  extensionOfMissingType: ['type Query { a: Int }', 'extend type Missing { a: Int }'],
};

module.exports = { schemas, invalidSchemas, unbuildable, extensions };
