// Validation: each rule on its own (as graphql-js's tests run them) on valid and invalid documents,
// plus whole documents under all rules. Schema: schemas.mjs "validation".
const cases = [];

function rule(name, documents) {
  documents.forEach(([label, document], index) => {
    cases.push({ id: `${name}-${String(index + 1).padStart(2, '0')}-${label}`, kind: 'validate', schema: 'validation', rules: [name], document });
  });
}

rule('ExecutableDefinitions', [
  ['operations-and-fragments', 'query Foo { dog { name } } fragment F on Dog { name }'],
  ['type-definitions', 'query Foo { dog { name } } type Cow { name: String } extend type Dog { color: String }'],
  ['schema-definition', 'schema { query: QueryRoot } extend schema @directive query Foo { dog { name } }'],
  ['directive-definition', 'directive @d on FIELD { dog { name } }'],
]);

rule('KnownOperationTypes', [
  ['query', '{ dog { name } }'],
  ['mutation', 'mutation { adoptDog(name: "Rex") { name } }'],
  ['subscription', 'subscription { catEvents { name } }'],
]);

rule('UniqueOperationNames', [
  ['single', 'query Foo { dog { name } }'],
  ['anonymous-and-named', '{ dog { name } } query Foo { cat { name } }'],
  ['different-names', 'query Foo { dog { name } } query Bar { cat { name } }'],
  ['fragment-same-name', 'query Foo { ...Foo } fragment Foo on QueryRoot { dog { name } }'],
  ['duplicate', 'query Foo { dog { name } } query Foo { cat { name } }'],
  ['duplicate-different-types', 'query Foo { dog { name } } mutation Foo { adoptDog(name: "x") { name } } subscription Foo { alarm }'],
]);

rule('LoneAnonymousOperation', [
  ['one-anonymous', '{ dog { name } }'],
  ['named-only', 'query A { dog { name } } query B { cat { name } }'],
  ['anonymous-with-fragment', '{ ...F } fragment F on QueryRoot { dog { name } }'],
  ['two-anonymous', '{ dog { name } } { cat { name } }'],
  ['anonymous-and-named', '{ dog { name } } query Named { cat { name } }'],
  ['anonymous-and-mutation', '{ dog { name } } mutation M { adoptDog(name: "x") { name } }'],
]);

rule('SingleFieldSubscriptions', [
  ['one-field', 'subscription S { catEvents { name } }'],
  ['fragment-one-field', 'subscription S { ...F } fragment F on SubscriptionRoot { catEvents { name } }'],
  ['two-fields', 'subscription S { catEvents { name } dogEvents { name } }'],
  ['two-fields-anonymous', 'subscription { catEvents { name } alarm }'],
  ['fields-through-fragments', 'subscription S { ...A ...B } fragment A on SubscriptionRoot { catEvents { name } } fragment B on SubscriptionRoot { dogEvents { name } }'],
  ['introspection-field', 'subscription S { __typename }'],
  ['introspection-and-field', 'subscription { alarm __typename }'],
  ['skip-directive', 'subscription S { catEvents @skip(if: true) { name } }'],
  ['include-in-fragment', 'subscription S { ... @include(if: false) { alarm } }'],
  ['same-field-twice', 'subscription S { alarm alarm }'],
]);

rule('KnownTypeNames', [
  ['known', 'query Q($a: String, $b: [Boolean!]) { dog { name } } fragment F on Dog { name }'],
  ['unknown-variable-types', 'query Q($a: JumbledUpLetters, $b: Str) { dog { name } }'],
  ['unknown-fragment-type', 'fragment F on Badger { name } fragment G on Peat { name }'],
  ['unknown-inline-type', '{ ... on Dgo { name } }'],
  ['introspection-type-in-query', 'query Q($a: __Schema) { dog { name } }'],
  ['sdl-in-executable-document', 'type NotInSchema { field: FooBar } interface FooBar { field: NotInSchema } query { dog { name } }'],
]);

rule('FragmentsOnCompositeTypes', [
  ['object', 'fragment F on Dog { barks }'],
  ['interface', 'fragment F on Pet { name }'],
  ['union', 'fragment F on CatOrDog { __typename }'],
  ['inline-without-type', '{ dog { ... { name } } }'],
  ['scalar', 'fragment F on Boolean { bad }'],
  ['enum', 'fragment F on FurColor { bad }'],
  ['input', 'fragment F on ComplexInput { bad }'],
  ['inline-scalar', '{ dog { ... on String { bad } } }'],
]);

rule('VariablesAreInputTypes', [
  ['input-types', 'query Q($a: String, $b: [Boolean!]!, $c: ComplexInput, $d: FurColor) { dog { name } }'],
  ['output-types', 'query Q($a: Dog, $b: [[CatOrDog!]]!, $c: Pet) { dog { name } }'],
]);

rule('ScalarLeafs', [
  ['scalar', '{ dog { barks } }'],
  ['object-with-selection', '{ dog { name } }'],
  ['object-without-selection', '{ human }'],
  ['list-without-selection', '{ human { pets } }'],
  ['scalar-with-selection', '{ dog { barks { sinceWhen } } }'],
  ['enum-with-selection', '{ cat { furColor { inHexDec } } }'],
  ['scalar-with-args-and-selection', '{ dog { doesKnowCommand(dogCommand: SIT) { sinceWhen } } }'],
  ['empty-selection-allowed', '{ dog {} }'],
]);

rule('FieldsOnCorrectType', [
  ['known-fields', '{ dog { name barkVolume } cat { meows } }'],
  ['typename-anywhere', '{ __typename dog { __typename } catOrDog { __typename } }'],
  ['unknown-field', '{ dog { meowVolume } }'],
  ['suggest-field', '{ dog { nam } }'],
  ['alias-unknown-field', '{ dog { tag: unknownField } }'],
  ['unknown-on-interface', '{ pet { meowVolume } }'],
  ['suggest-inline-fragment', '{ pet { barks } }'],
  ['union-field', '{ catOrDog { name } }'],
  ['union-direct-field-suggestion', '{ catOrDog { barks } }'],
  ['nested-unknown', '{ dog { mother { bogus } } }'],
  ['meta-fields-on-root-only', '{ dog { __schema { queryType { name } } } }'],
  ['many-suggestions', '{ complicatedArgs { argField } }'],
]);

rule('UniqueFragmentNames', [
  ['distinct', '{ ...A ...B } fragment A on QueryRoot { dog { name } } fragment B on QueryRoot { cat { name } }'],
  ['duplicate', '{ ...A } fragment A on QueryRoot { dog { name } } fragment A on QueryRoot { cat { name } }'],
  ['triplicate', 'fragment A on Dog { name } fragment A on Dog { name } fragment A on Dog { barks }'],
]);

rule('KnownFragmentNames', [
  ['known', '{ ...A dog { ...B } } fragment A on QueryRoot { dog { name } } fragment B on Dog { name }'],
  ['unknown', '{ ...Unknown dog { ...AlsoUnknown } }'],
  ['unknown-nested', '{ ...A } fragment A on QueryRoot { dog { ...Missing } }'],
]);

rule('NoUnusedFragments', [
  ['all-used', '{ ...A } fragment A on QueryRoot { ...B } fragment B on QueryRoot { dog { name } }'],
  ['unused', '{ dog { name } } fragment Unused on Dog { name }'],
  ['unused-chain', '{ dog { name } } fragment A on Dog { ...B } fragment B on Dog { name }'],
  ['used-by-another-operation', 'query X { ...A } query Y { ...B } fragment A on QueryRoot { dog { name } } fragment B on QueryRoot { cat { name } } fragment C on QueryRoot { human { name } }'],
  ['unknown-spread-ignored', '{ ...Missing } fragment Present on QueryRoot { dog { name } }'],
]);

rule('PossibleFragmentSpreads', [
  ['same-object', 'fragment A on Dog { ...B } fragment B on Dog { name }'],
  ['object-into-interface', 'fragment A on Pet { ...B } fragment B on Dog { name }'],
  ['interface-into-union', 'fragment A on CatOrDog { ...B } fragment B on Pet { name }'],
  ['inline-object-into-union', '{ catOrDog { ... on Dog { name } } }'],
  ['different-objects', 'fragment A on Dog { ...B } fragment B on Cat { meows }'],
  ['inline-different-objects', 'fragment A on Dog { ... on Cat { meows } }'],
  ['object-into-unrelated-interface', 'fragment A on Alien { ...B } fragment B on Pet { name }'],
  ['object-into-unrelated-union', 'fragment A on Human { ...B } fragment B on CatOrDog { __typename }'],
  ['union-into-unrelated-union', 'fragment A on HumanOrAlien { ...B } fragment B on CatOrDog { __typename }'],
  ['interface-into-interface', 'fragment A on Mammal { ...B } fragment B on Canine { name }'],
  ['unknown-type-ignored', 'fragment A on Dog { ...B } fragment B on Unknown { name }'],
]);

rule('NoFragmentCycles', [
  ['no-cycle', 'fragment A on Dog { ...B } fragment B on Dog { name }'],
  ['self-spread', 'fragment A on Dog { ...A }'],
  ['self-spread-nested', 'fragment A on Dog { mother { ...A } }'],
  ['two-cycle', 'fragment A on Dog { ...B } fragment B on Dog { ...A }'],
  ['long-cycle', 'fragment A on Dog { ...B } fragment B on Dog { ...C } fragment C on Dog { ...D } fragment D on Dog { ...A }'],
  ['cycle-via-inline', 'fragment A on Pet { ... on Dog { ...B } } fragment B on Pet { ... on Dog { ...A } }'],
  ['multiple-cycles', 'fragment A on Dog { ...B ...C } fragment B on Dog { ...A } fragment C on Dog { ...A }'],
  ['cycle-not-through-start', 'fragment A on Dog { ...B } fragment B on Dog { ...C } fragment C on Dog { ...B }'],
  ['unknown-spread', 'fragment A on Dog { ...Unknown }'],
]);

rule('UniqueVariableNames', [
  ['unique', 'query Q($a: Int, $b: Int) { dog { name } }'],
  ['duplicate', 'query Q($a: Int, $a: Int, $b: Int, $b: String, $a: Boolean) { dog { name } }'],
  ['across-operations', 'query A($x: Int) { dog { name } } query B($x: Int) { cat { name } }'],
]);

rule('NoUndefinedVariables', [
  ['all-defined', 'query Q($a: String) { dog { name(surname: $a) } }'],
  ['undefined', 'query Q($a: String) { dog { isAtLocation(x: $x, y: $y) } }'],
  ['undefined-anonymous', '{ dog { isAtLocation(x: $x) } }'],
  ['undefined-in-fragment', 'query Q { ...F } fragment F on QueryRoot { dog { isAtLocation(x: $x) } }'],
  ['defined-for-one-operation-only', 'query A($x: Int) { ...F } query B { ...F } fragment F on QueryRoot { dog { isAtLocation(x: $x) } }'],
  ['in-directive', 'query Q { dog @include(if: $cond) { name } }'],
  ['in-list-and-object', 'query Q { complicatedArgs { complexArgField(complexArg: {requiredField: $r, stringListField: [$s]}) } }'],
]);

rule('NoUnusedVariables', [
  ['all-used', 'query Q($a: String, $b: Boolean!) { dog @include(if: $b) { name(surname: $a) } }'],
  ['unused', 'query Q($a: String, $b: Int) { dog { name } }'],
  ['unused-anonymous', 'query ($a: String) { dog { name } }'],
  ['used-in-fragment', 'query Q($a: Int) { ...F } fragment F on QueryRoot { dog { isAtLocation(x: $a) } }'],
  ['used-only-in-unused-fragment', 'query Q($a: Int) { dog { name } } fragment F on QueryRoot { dog { isAtLocation(x: $a) } }'],
  ['used-in-variable-default-is-not-use', 'query Q($a: Int, $b: Int = 1) { dog { isAtLocation(x: $b) } }'],
]);

rule('KnownDirectives', [
  ['known', '{ dog @include(if: true) { name @skip(if: false) } }'],
  ['unknown', '{ dog @unknown(directive: "value") { name } }'],
  ['many-unknown', '{ dog @unknown { name } human @unknown { name @alsoUnknown } }'],
  ['right-locations', 'query Q($v: Int @onVariableDefinition) @onQuery { dog @onField { ...F @onFragmentSpread ... @onInlineFragment { name } } } fragment F on Dog @onFragmentDefinition { name } mutation M @onMutation { adoptDog(name: "x") { name } } subscription S @onSubscription { alarm }'],
  ['wrong-locations', 'query Q($v: Int @onField) @onMutation { dog @onQuery { ...F @onInlineFragment ... @onFragmentSpread { name } } } fragment F on Dog @onQuery { name } mutation M @onQuery { adoptDog(name: "x") { name } } subscription S @onQuery { alarm }'],
  ['skip-on-operation', 'query Q @skip(if: true) { dog { name } }'],
  ['deprecated-on-field', '{ dog @deprecated { name } }'],
]);

rule('UniqueDirectivesPerLocation', [
  ['different', '{ dog @onField @skip(if: false) { name } }'],
  ['same-on-different-locations', 'fragment F on Dog @onFragmentDefinition { name @onField }'],
  ['duplicate', '{ dog @onField @onField { name } }'],
  ['many-duplicates', '{ dog @onField @onField @onField { name } }'],
  ['repeatable-allowed', '{ dog @repeatable @repeatable { name } }'],
  ['duplicate-skip', '{ dog @skip(if: true) @skip(if: false) { name } }'],
]);

rule('KnownArgumentNames', [
  ['known', '{ dog { doesKnowCommand(dogCommand: SIT) } }'],
  ['known-directive-argument', '{ dog @skip(if: true) { name } }'],
  ['unknown-field-argument', '{ dog { doesKnowCommand(command: SIT) } }'],
  ['unknown-directive-argument', '{ dog @skip(unless: true) { name } }'],
  ['misspelled-directive-argument', '{ dog @skip(iff: true) { name } }'],
  ['unknown-on-unknown-field', '{ dog { unknownField(arg: 1) } }'],
  ['many-unknown', '{ dog { doesKnowCommand(whoKnows: 1, dogCommand: SIT, unknown: true) } }'],
  ['unknown-nested', '{ dog { mother { isAtLocation(x: 1, zz: 2) } } }'],
]);

rule('UniqueArgumentNames', [
  ['unique', '{ dog { isAtLocation(x: 1, y: 2) } }'],
  ['duplicate-field-argument', '{ dog { isAtLocation(x: 1, x: 2) } }'],
  ['triplicate', '{ dog { isAtLocation(x: 1, x: 2, x: 3) } }'],
  ['duplicate-directive-argument', '{ dog @skip(if: true, if: false) { name } }'],
]);

rule('ValuesOfCorrectType', [
  ['good-int', '{ complicatedArgs { intArgField(intArg: 2) } }'],
  ['good-negative-int', '{ complicatedArgs { intArgField(intArg: -2147483648) } }'],
  ['good-float-from-int', '{ complicatedArgs { floatArgField(floatArg: 1) } }'],
  ['good-id', '{ complicatedArgs { idArgField(idArg: 1) a: idArgField(idArg: "x") } }'],
  ['good-enum', '{ complicatedArgs { enumArgField(enumArg: BROWN) } }'],
  ['good-null', '{ complicatedArgs { intArgField(intArg: null) } }'],
  ['good-list', '{ complicatedArgs { stringListArgField(stringListArg: ["a", null, "b"]) } }'],
  ['good-single-as-list', '{ complicatedArgs { stringListArgField(stringListArg: "a") } }'],
  ['good-complex', '{ complicatedArgs { complexArgField(complexArg: {requiredField: true, intField: 4}) } }'],
  ['int-too-big', '{ complicatedArgs { intArgField(intArg: 2147483648) } }'],
  ['int-from-float', '{ complicatedArgs { intArgField(intArg: 1.0) } }'],
  ['int-from-string', '{ complicatedArgs { intArgField(intArg: "3") } }'],
  ['string-from-int', '{ complicatedArgs { stringArgField(stringArg: 1) } }'],
  ['string-from-enum', '{ complicatedArgs { stringArgField(stringArg: BAR) } }'],
  ['boolean-from-string', '{ complicatedArgs { booleanArgField(booleanArg: "true") } }'],
  ['float-from-string', '{ complicatedArgs { floatArgField(floatArg: "1.5") } }'],
  ['id-from-float', '{ complicatedArgs { idArgField(idArg: 1.0) } }'],
  ['id-from-boolean', '{ complicatedArgs { idArgField(idArg: true) } }'],
  ['enum-from-string', '{ complicatedArgs { enumArgField(enumArg: "BROWN") } }'],
  ['enum-unknown-value', '{ complicatedArgs { enumArgField(enumArg: BROWNN) } }'],
  ['enum-lowercase', '{ complicatedArgs { enumArgField(enumArg: brown) } }'],
  ['enum-from-int', '{ complicatedArgs { enumArgField(enumArg: 1) } }'],
  ['null-to-non-null', '{ complicatedArgs { nonNullIntArgField(nonNullIntArg: null) } }'],
  ['list-with-bad-item', '{ complicatedArgs { stringListArgField(stringListArg: ["one", 2]) } }'],
  ['list-null-item-in-non-null', '{ complicatedArgs { stringListNonNullArgField(stringListNonNullArg: ["a", null]) } }'],
  ['complex-missing-required', '{ complicatedArgs { complexArgField(complexArg: {intField: 4}) } }'],
  ['complex-wrong-field-type', '{ complicatedArgs { complexArgField(complexArg: {requiredField: true, intField: "four"}) } }'],
  ['complex-unknown-field', '{ complicatedArgs { complexArgField(complexArg: {requiredField: true, invalidField: "value"}) } }'],
  ['complex-suggest-field', '{ complicatedArgs { complexArgField(complexArg: {requiredField: true, strinField: "value"}) } }'],
  ['complex-not-object', '{ complicatedArgs { complexArgField(complexArg: "object") } }'],
  ['nested-list-in-object', '{ complicatedArgs { complexArgField(complexArg: {requiredField: true, stringListField: ["a", 1]}) } }'],
  ['oneof-good', '{ complicatedArgs { oneOfArgField(oneOfArg: {stringField: "abc"}) } }'],
  ['oneof-two-fields', '{ complicatedArgs { oneOfArgField(oneOfArg: {stringField: "abc", intField: 123}) } }'],
  ['oneof-null-field', '{ complicatedArgs { oneOfArgField(oneOfArg: {stringField: null}) } }'],
  ['oneof-empty', '{ complicatedArgs { oneOfArgField(oneOfArg: {}) } }'],
  ['oneof-variable-field', 'query Q($s: String!) { complicatedArgs { oneOfArgField(oneOfArg: {stringField: $s}) } }'],
  ['directive-argument', '{ dog @include(if: "yes") { name } }'],
  ['variable-default-values', 'query Q($a: Int = "one", $b: String = 4, $c: ComplexInput = {intField: 3}) { dog { name } }'],
  ['variable-default-null-for-non-null', 'query Q($a: Int! = null) { dog { name } }'],
  ['good-variable-defaults', 'query Q($a: Int = 1, $b: String = "ok", $c: ComplexInput = {requiredField: true, intField: 3}, $d: [String] = "single") { dog { name } }'],
  ['unknown-argument-value-not-checked', '{ dog { isHouseTrained(unknown: "x") } }'],
]);

rule('ProvidedRequiredArguments', [
  ['all-provided', '{ complicatedArgs { multipleReqs(req1: 1, req2: 2) } }'],
  ['optional-omitted', '{ complicatedArgs { multipleOpts nonNullFieldWithDefault } }'],
  ['one-missing', '{ complicatedArgs { multipleReqs(req2: 2) } }'],
  ['all-missing', '{ complicatedArgs { multipleReqs } }'],
  ['missing-with-unknown-provided', '{ complicatedArgs { multipleReqs(req1: 1, unknown: 2) } }'],
  ['directive-missing', '{ dog @include { name } cat @skip { name } }'],
  ['custom-directive-missing', '{ dog @withArgs { name } }'],
  ['custom-directive-provided', '{ dog @withArgs(required: "yes") { name } }'],
  ['unknown-field-not-checked', '{ dog { unknown } }'],
]);

rule('VariablesInAllowedPosition', [
  ['same-type', 'query Q($b: Boolean) { complicatedArgs { booleanArgField(booleanArg: $b) } }'],
  ['non-null-to-nullable', 'query Q($b: Boolean!) { complicatedArgs { booleanArgField(booleanArg: $b) } }'],
  ['nullable-to-non-null', 'query Q($i: Int) { complicatedArgs { nonNullIntArgField(nonNullIntArg: $i) } }'],
  ['nullable-with-default-to-non-null', 'query Q($i: Int = 1) { complicatedArgs { nonNullIntArgField(nonNullIntArg: $i) } }'],
  ['nullable-with-null-default-to-non-null', 'query Q($i: Int = null) { complicatedArgs { nonNullIntArgField(nonNullIntArg: $i) } }'],
  ['nullable-to-non-null-with-location-default', 'query Q($i: Int) { complicatedArgs { nonNullFieldWithDefault(arg: $i) } }'],
  ['wrong-scalar', 'query Q($s: String) { complicatedArgs { intArgField(intArg: $s) } }'],
  ['list-to-item', 'query Q($l: [String]) { complicatedArgs { stringArgField(stringArg: $l) } }'],
  ['item-to-list', 'query Q($s: String) { complicatedArgs { stringListArgField(stringListArg: $s) } }'],
  ['nullable-items-to-non-null-items', 'query Q($l: [String]) { complicatedArgs { stringListNonNullArgField(stringListNonNullArg: $l) } }'],
  ['inside-list-literal', 'query Q($s: String) { complicatedArgs { stringListArgField(stringListArg: [$s]) } }'],
  ['inside-object-literal', 'query Q($b: Boolean) { complicatedArgs { complexArgField(complexArg: {requiredField: $b}) } }'],
  ['to-directive', 'query Q($b: Boolean) { dog @include(if: $b) { name } }'],
  ['through-fragment', 'query Q($i: Int) { ...F } fragment F on QueryRoot { complicatedArgs { nonNullIntArgField(nonNullIntArg: $i) } }'],
  ['oneof-nullable-variable', 'query Q($s: String) { complicatedArgs { oneOfArgField(oneOfArg: {stringField: $s}) } }'],
  ['oneof-non-null-variable', 'query Q($s: String!) { complicatedArgs { oneOfArgField(oneOfArg: {stringField: $s}) } }'],
  ['enum-mismatch', 'query Q($c: DogCommand) { complicatedArgs { enumArgField(enumArg: $c) } }'],
]);

rule('OverlappingFieldsCanBeMerged', [
  ['identical-fields', '{ dog { name name } }'],
  ['identical-with-arguments', '{ dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: SIT) } }'],
  ['different-args-different-aliases', '{ dog { a: doesKnowCommand(dogCommand: SIT) b: doesKnowCommand(dogCommand: HEEL) } }'],
  ['same-alias-different-fields', '{ dog { fido: name fido: nickname } }'],
  ['alias-masks-field', '{ dog { name: nickname name } }'],
  ['different-args', '{ dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: HEEL) } }'],
  ['args-vs-no-args', '{ dog { doesKnowCommand doesKnowCommand(dogCommand: HEEL) } }'],
  ['variable-vs-literal', 'query Q($c: DogCommand) { dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: $c) } }'],
  ['different-variables', 'query Q($a: DogCommand, $b: DogCommand) { dog { doesKnowCommand(dogCommand: $a) doesKnowCommand(dogCommand: $b) } }'],
  ['object-argument-order-irrelevant', '{ complicatedArgs { complexArgField(complexArg: {requiredField: true, intField: 1}) complexArgField(complexArg: {intField: 1, requiredField: true}) } }'],
  ['different-objects-allowed', '{ pet { ... on Dog { name: nickname } ... on Cat { name } } }'],
  ['different-return-types', '{ catOrDog { ... on Dog { someValue: barks } ... on Cat { someValue: meows } } }'],
  ['conflicting-scalar-types', '{ catOrDog { ... on Dog { v: barkVolume } ... on Cat { v: nickname } } }'],
  ['non-null-vs-nullable', '{ human { relatives { name } } dog { ... on Dog { relatives: name } } }'],
  ['in-fragments', '{ dog { ...A ...B } } fragment A on Dog { x: name } fragment B on Dog { x: barks }'],
  ['fragment-vs-field', '{ dog { x: name ...A } } fragment A on Dog { x: nickname }'],
  ['deep-conflict', '{ dog { mother { x: name } mother { x: nickname } } }'],
  ['deep-conflict-multiple', '{ dog { mother { x: name y: barks } mother { x: nickname y: barkVolume } } }'],
  ['very-deep', '{ dog { mother { mother { x: name } } mother { mother { x: nickname } } } }'],
  ['deep-in-fragments', '{ dog { ...A ...B } } fragment A on Dog { mother { x: name } } fragment B on Dog { mother { x: nickname } }'],
  ['nested-fragment-conflict', '{ dog { ...A } } fragment A on Dog { x: name ...B } fragment B on Dog { x: nickname }'],
  ['repeated-fragment-no-conflict', '{ dog { ...A ...A mother { ...A } } } fragment A on Dog { name barks }'],
  ['inline-fragments', '{ dog { ... { x: name } ... { x: nickname } } }'],
  ['selection-vs-scalar', '{ dog { mother { name } mother: name } }'],
  ['list-vs-non-list', '{ human { pets { name } } human { pets: relatives { name } } }'],
  ['same-names-across-types', '{ catOrDog { ... on Cat { name } ... on Dog { name } } }'],
  ['interface-and-object', '{ pet { name ... on Dog { name: nickname } } }'],
  ['ignores-unknown-fragments', '{ dog { ...Unknown name } }'],
  ['reports-each-conflict-once', '{ f1: dog { ...A } f2: dog { ...A } } fragment A on Dog { x: name x: barks }'],
]);

rule('UniqueInputFieldNames', [
  ['unique', '{ complicatedArgs { complexArgField(complexArg: {requiredField: true, intField: 1}) } }'],
  ['duplicate', '{ complicatedArgs { complexArgField(complexArg: {requiredField: true, requiredField: false}) } }'],
  ['nested-separate-scopes', '{ f(arg: {a: {a: 1}, b: {a: 2}}) }'],
  ['duplicate-in-nested', '{ f(arg: {a: {b: 1, b: 2}}) }'],
  ['many-duplicates', '{ f(arg: {x: 1, x: 2, x: 3}) }'],
]);

rule('MaxIntrospectionDepth', [
  ['normal-introspection', '{ __schema { types { name fields { name type { name } } } } }'],
  ['too-deep', '{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }'],
  ['too-deep-interfaces', '{ __type(name: "Dog") { interfaces { interfaces { interfaces { name } } } } }'],
  ['too-deep-through-fragments', '{ __schema { types { ...F } } } fragment F on __Type { fields { type { ...G } } } fragment G on __Type { fields { type { fields { name } } } }'],
  ['not-introspection', '{ dog { mother { mother { mother { name } } } } }'],
]);

// Whole documents under every rule: the order of errors across rules matters here.
const allRules = [
  ['clean-query', 'query Q($id: ID, $cmd: DogCommand = SIT) { human(id: $id) { name pets { name ... on Dog { doesKnowCommand(dogCommand: $cmd) } } } }'],
  ['kitchen-sink-errors', 'query Q($unused: Int, $wrong: Dog) { dog { unknown name(surname: "yes") barks { x } ...Missing } cat @unknown { meows(a: 1) } } query Q { alien }'],
  ['fragments-and-variables', 'query A($x: Int) { ...F } fragment F on QueryRoot { dog { isAtLocation(x: $x, y: $y) } } fragment G on Dog { ...G }'],
  ['introspection', '{ __schema { queryType { name } types { name kind } } __type(name: "Dog") { name fields { name } } }'],
  ['mutation-and-subscription', 'mutation M { adoptDog(name: "Rex") { name } } subscription S { catEvents { name } dogEvents { name } }'],
  ['sdl-mixed-in', 'type Extra { a: Int } { dog { name } }'],
  ['typename-everywhere', '{ __typename dog { __typename } catOrDog { __typename ... on Cat { __typename } } }'],
  ['deprecated-usage-valid', '{ dog { name } }'],
];
allRules.forEach(([label, document], index) => {
  cases.push({ id: `all-rules-${String(index + 1).padStart(2, '0')}-${label}`, kind: 'validate', schema: 'validation', document });
});

export default cases;

cases.push(
  { id: 'KnownOperationTypes-04-no-subscription-root', kind: 'validate', schema: 'starWars', rules: ['KnownOperationTypes'], document: 'subscription S { hero { name } }' },
  { id: 'KnownOperationTypes-05-mutation-supported', kind: 'validate', schema: 'starWars', rules: ['KnownOperationTypes'], document: 'mutation M { createReview(episode: JEDI, review: {}) }' },
  { id: 'all-rules-09-star-wars-deprecations', kind: 'validate', schema: 'starWars', document: '{ hero { name secretBackstory friends(first: 2) { name } } releaseDate }' },
  { id: 'all-rules-10-star-wars-oneof', kind: 'validate', schema: 'starWars', document: 'query Q($id: ID) { a: character(by: {id: "1"}) { name } b: character(by: {id: "1", name: "x"}) { name } c: character(by: {id: $id}) { name } }' },
);
