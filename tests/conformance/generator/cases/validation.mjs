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

// More cases per rule, beyond the first set (numbered on from where each list above stops).
function more(name, start, documents, schema = 'validation') {
  documents.forEach(([label, document], index) => {
    cases.push({ id: `${name}-${String(start + index).padStart(2, '0')}-${label}`, kind: 'validate', schema, rules: [name], document });
  });
}

more('ExecutableDefinitions', 5, [
  ['extensions', '{ dog { name } } extend schema @onQuery extend scalar Date @onQuery extend input In { a: Int }'],
  ['only-fragments', 'fragment F on Dog { name }'],
]);

more('KnownOperationTypes', 6, [
  ['no-mutation-root', 'mutation M { object0(id: 1) { id } }'],
  ['both-unsupported', 'mutation M { a } subscription S { b } query Q { object1(id: 1) { id } }'],
], 'large');

more('UniqueOperationNames', 7, [
  ['many-duplicates', 'query A { dog { name } } query A { dog { name } } query A { cat { name } }'],
]);

more('SingleFieldSubscriptions', 11, [
  ['fragment-with-two-fields', 'subscription S { ...F } fragment F on SubscriptionRoot { alarm ... on SubscriptionRoot { catEvents { name } } }'],
  ['inline-fragment-typename', 'subscription S { ... on SubscriptionRoot { __typename } }'],
  ['skip-false-literal', 'subscription S { alarm @skip(if: false) }'],
  ['unknown-fragment-ignored', 'subscription S { ...Missing }'],
]);

more('KnownTypeNames', 7, [
  ['specified-scalar-not-in-schema', 'query Q($f: Float, $i: Int) { hero { name } }'],
  ['suggest-close-name', 'query Q($e: Episod) { hero(episode: $e) { name } }'],
], 'starWars');

more('ScalarLeafs', 9, [
  ['union-without-selection', '{ catOrDog }'],
  ['interface-without-selection', '{ pet }'],
  ['introspection-without-selection', '{ __schema }'],
  ['typename-with-selection', '{ __typename { a } }'],
]);

more('FieldsOnCorrectType', 13, [
  ['field-of-implementation-on-interface-list', '{ human { pets { barks } } }'],
  ['on-introspection-type', '{ __schema { bogus } }'],
  ['typename-alias-on-union', '{ catOrDog { t: __typename } }'],
  ['fields-in-inline-fragment-without-type', '{ pet { ... { meows } } }'],
]);

more('NoUnusedFragments', 6, [
  ['used-in-mutation-and-subscription', 'mutation M { ...A } subscription S { ...B } fragment A on MutationRoot { adoptDog(name: "x") { name } } fragment B on SubscriptionRoot { alarm }'],
  ['cycle-unused', '{ dog { name } } fragment A on Dog { ...B } fragment B on Dog { ...A }'],
]);

more('PossibleFragmentSpreads', 12, [
  ['interface-into-non-implementing-object', 'fragment A on Cat { ...B } fragment B on Canine { name }'],
  ['union-into-object-member', 'fragment A on Dog { ...B } fragment B on CatOrDog { __typename }'],
  ['inline-interface-into-union', '{ catOrDog { ... on Pet { name } } }'],
  ['inline-unrelated-interface-into-union', '{ humanOrAlien { ... on Pet { name } } }'],
  ['interface-into-unrelated-interface', 'fragment A on Mammal { ...B } fragment B on Being { name }'],
]);

more('NoUndefinedVariables', 8, [
  ['multiple-operations-multiple-undefined', 'query A($a: Int) { ...F } query B($b: Int) { ...F } fragment F on QueryRoot { dog { isAtLocation(x: $a, y: $b) } }'],
  ['variable-in-variable-directive', 'query Q($a: Int @onVariableDefinition) { dog { isAtLocation(x: $a) } }'],
]);

more('NoUnusedVariables', 7, [
  ['used-in-directive-on-fragment', 'query Q($b: Boolean!) { ...F @include(if: $b) } fragment F on QueryRoot { dog { name } }'],
  ['multiple-operations', 'query A($a: Int, $b: Int) { ...F } query B($a: Int, $b: Int) { dog { isAtLocation(y: $b) } } fragment F on QueryRoot { dog { isAtLocation(x: $a) } }'],
]);

more('KnownDirectives', 8, [
  ['specified-by-in-query', '{ dog @specifiedBy(url: "x") { name } }'],
  ['one-of-in-query', '{ dog @oneOf { name } }'],
  ['include-on-fragment-definition', 'query Q { ...F } fragment F on QueryRoot @include(if: true) { dog { name } }'],
]);

more('UniqueDirectivesPerLocation', 7, [
  ['duplicate-on-fragment-definition', 'fragment F on Dog @onFragmentDefinition @onFragmentDefinition { name }'],
  ['duplicate-unknown', '{ dog @unknown @unknown { name } }'],
]);

more('KnownArgumentNames', 9, [
  ['unknown-directive-args-ignored', '{ dog @unknown(arg: 1) { name } }'],
  ['argument-on-typename', '{ __typename(arg: 1) }'],
  ['type-meta-field-argument', '{ __type(nam: "Dog") { name } }'],
]);

more('ValuesOfCorrectType', 42, [
  ['int-too-small', '{ complicatedArgs { intArgField(intArg: -2147483649) } }'],
  ['int-huge', '{ complicatedArgs { intArgField(intArg: 123456789012345678901234567890) } }'],
  ['int-exponent', '{ complicatedArgs { intArgField(intArg: 1e3) } }'],
  ['float-huge', '{ complicatedArgs { floatArgField(floatArg: 1e400) } }'],
  ['float-from-boolean', '{ complicatedArgs { floatArgField(floatArg: true) } }'],
  ['id-from-big-int', '{ complicatedArgs { idArgField(idArg: 123456789012345678901234567890) } }'],
  ['string-from-list', '{ complicatedArgs { stringArgField(stringArg: ["a"]) } }'],
  ['boolean-from-enum', '{ complicatedArgs { booleanArgField(booleanArg: TRUE) } }'],
  ['enum-from-boolean', '{ complicatedArgs { enumArgField(enumArg: true) } }'],
  ['enum-null-literal', '{ complicatedArgs { enumArgField(enumArg: null) } }'],
  ['list-of-list-for-list', '{ complicatedArgs { stringListArgField(stringListArg: [["a"]]) } }'],
  ['object-for-list', '{ complicatedArgs { stringListArgField(stringListArg: {a: "b"}) } }'],
  ['complex-null-for-non-null-field', '{ complicatedArgs { complexArgField(complexArg: {requiredField: null}) } }'],
  ['complex-non-null-with-default-omitted', '{ complicatedArgs { complexArgField(complexArg: {requiredField: false}) } }'],
  ['complex-several-errors', '{ complicatedArgs { complexArgField(complexArg: {intField: "x", stringField: 1, unknownField: 2}) } }'],
  ['complex-variable-for-required-field', 'query Q($b: Boolean) { complicatedArgs { complexArgField(complexArg: {requiredField: $b}) } }'],
  ['oneof-unknown-field', '{ complicatedArgs { oneOfArgField(oneOfArg: {unknown: 1}) } }'],
  ['oneof-wrong-type', '{ complicatedArgs { oneOfArgField(oneOfArg: {intField: "one"}) } }'],
  ['oneof-two-with-one-null', '{ complicatedArgs { oneOfArgField(oneOfArg: {stringField: "a", intField: null}) } }'],
  ['oneof-nullable-variable-field', 'query Q($s: String) { complicatedArgs { oneOfArgField(oneOfArg: {stringField: $s}) } }'],
  ['argument-on-unknown-directive-unchecked', '{ dog @unknown(arg: "not checked") { name } }'],
]);

more('ValuesOfCorrectType', 65, [
  ['custom-scalar-accepts-anything', 'mutation { createReview(episode: JEDI, review: {date: {any: [1, "two", THREE, null]}, stars: 4}) }'],
  ['input-field-deprecated-still-valid', 'mutation { createReview(episode: JEDI, review: {oldRating: 3}) }'],
  ['oneof-through-non-null-argument', '{ character(by: {}) { name } }'],
], 'starWars');

more('ProvidedRequiredArguments', 10, [
  ['null-for-required-is-provided', '{ complicatedArgs { multipleReqs(req1: null, req2: null) } }'],
  ['required-with-default-omitted', '{ complicatedArgs { nonNullFieldWithDefault } }'],
  ['some-optional-and-required', '{ complicatedArgs { multipleOptAndReq(req1: 1, opt1: 2) } }'],
  ['required-on-introspection-field', '{ __type { name } }'],
]);

more('VariablesInAllowedPosition', 18, [
  ['non-null-list-to-nullable-list', 'query Q($l: [String!]!) { complicatedArgs { stringListArgField(stringListArg: $l) } }'],
  ['list-of-non-null-to-list', 'query Q($l: [String!]) { complicatedArgs { stringListArgField(stringListArg: $l) } }'],
  ['nested-list-mismatch', 'query Q($l: [[String]]) { complicatedArgs { stringListArgField(stringListArg: $l) } }'],
  ['non-null-boolean-to-directive', 'query Q($b: Boolean!) { dog @include(if: $b) { name } }'],
  ['nullable-with-default-to-directive', 'query Q($b: Boolean = true) { dog @include(if: $b) { name } }'],
  ['variable-used-twice-one-bad', 'query Q($i: Int) { complicatedArgs { intArgField(intArg: $i) nonNullIntArgField(nonNullIntArg: $i) } }'],
  ['same-fragment-two-operations', 'query A($i: Int!) { ...F } query B($i: Int) { ...F } fragment F on QueryRoot { complicatedArgs { nonNullIntArgField(nonNullIntArg: $i) } }'],
  ['input-object-variable', 'query Q($c: ComplexInput) { complicatedArgs { complexArgField(complexArg: $c) } }'],
  ['input-object-wrong-variable', 'query Q($c: OneOfInput) { complicatedArgs { complexArgField(complexArg: $c) } }'],
  ['id-from-string-variable', 'query Q($s: String) { complicatedArgs { idArgField(idArg: $s) } }'],
  ['int-to-float-variable', 'query Q($i: Int) { complicatedArgs { floatArgField(floatArg: $i) } }'],
]);

more('UniqueInputFieldNames', 6, [
  ['duplicate-in-list-item', '{ f(arg: [{a: 1}, {a: 1, a: 2}]) }'],
]);

more('MaxIntrospectionDepth', 6, [
  ['deep-of-type-is-fine', '{ __type(name: "Dog") { fields { type { ofType { ofType { ofType { ofType { name } } } } } } } }'],
  ['too-deep-possible-types', '{ __schema { types { possibleTypes { possibleTypes { possibleTypes { name } } } } } }'],
  ['too-deep-input-fields', '{ __type(name: "ComplexInput") { inputFields { type { inputFields { type { inputFields { name } } } } } } }'],
  ['deep-in-non-introspection-alias', '{ dog { mother { mother { mother { mother { mother { mother { name } } } } } } } }'],
]);

more('ExecutableDefinitions', 7, [
  ['operations-only', 'query A { dog { name } } mutation B { adoptDog(name: "x") { name } } subscription C { alarm }'],
]);

more('KnownFragmentNames', 4, [
  ['known-in-inline-fragment', '{ dog { ... on Dog { ...F } } } fragment F on Dog { name }'],
  ['known-in-another-fragment', '{ ...A } fragment A on QueryRoot { dog { ...B } } fragment B on Dog { name }'],
  ['unknown-in-inline-fragment', '{ dog { ... on Dog { ...Nope } } }'],
  ['unknown-with-directive', '{ dog { ...Nope @include(if: true) } }'],
]);

more('UniqueFragmentNames', 4, [
  ['inline-fragments-are-not-named', '{ ... on QueryRoot { dog { name } } ... on QueryRoot { cat { name } } }'],
  ['fragment-and-operation-may-share-a-name', 'query A { ...A } fragment A on QueryRoot { dog { name } }'],
  ['duplicate-not-adjacent', '{ ...A ...B } fragment A on QueryRoot { dog { name } } fragment B on QueryRoot { cat { name } } fragment A on QueryRoot { human { name } }'],
]);

more('UniqueArgumentNames', 5, [
  ['same-argument-on-aliased-fields', '{ dog { a: isAtLocation(x: 1) b: isAtLocation(x: 2) } }'],
  ['same-name-on-field-and-directive', '{ dog { isHouseTrained(atOtherHomes: true) @withArgs(required: "x") } }'],
  ['two-names-duplicated', '{ dog { isAtLocation(x: 1, y: 1, x: 2, y: 2) } }'],
]);

more('UniqueVariableNames', 4, [
  ['duplicate-in-second-operation', 'query A($x: Int) { dog { name } } query B($x: Int, $x: String) { cat { name } }'],
  ['triplicate', 'query Q($a: Int, $a: Int, $a: Int) { dog { name } }'],
]);

more('VariablesAreInputTypes', 3, [
  ['wrapped-input-types', 'query Q($a: [[ComplexInput!]]!, $b: OneOfInput!, $c: [DogCommand]) { dog { name } }'],
  ['unknown-type-not-reported-here', 'query Q($a: Unknown) { dog { name } }'],
  ['union-type', 'query Q($u: CatOrDog) { dog { name } }'],
  ['interface-list', 'query Q($i: [Being!]) { dog { name } }'],
]);

more('KnownDirectives', 11, [
  ['repeatable-directive-repeated', '{ dog @repeatable @repeatable { name } }'],
  ['directive-on-variable-definition', 'query Q($v: Int @onVariableDefinition) { dog { isAtLocation(x: $v) } }'],
]);

more('NoFragmentCycles', 10, [
  ['spread-twice-no-cycle', 'fragment A on Dog { ...B ...B } fragment B on Dog { name }'],
  ['same-fragment-in-siblings', 'fragment A on Dog { mother { ...B } father { ...B } } fragment B on Dog { name }'],
]);

more('NoUndefinedVariables', 10, [
  ['defined-in-every-operation', 'query A($x: Int) { ...F } query B($x: Int) { ...F } fragment F on QueryRoot { dog { isAtLocation(x: $x) } }'],
]);

more('UniqueInputFieldNames', 7, [
  ['same-name-in-sibling-objects', '{ complicatedArgs { complexArgField(complexArg: {requiredField: true, stringListField: ["a"]}) } dog { isAtLocation(x: 1) } }'],
]);

// OverlappingFieldsCanBeMerged: the subtle cases (field return types across possibly-overlapping parents,
// deep conflicts reported at the nearest common ancestor, recursion through fragments).
more('OverlappingFieldsCanBeMerged', 30, [
  ['conflicting-types-that-could-overlap', '{ someBox { ... on IntBox { scalar } ... on NonNullStringBox1 { scalar } } }'],
  ['compatible-shapes-on-different-types', '{ someBox { ... on SomeBox { deepBox { unrelatedField } } ... on StringBox { deepBox { unrelatedField } } } }'],
  ['differing-types-despite-no-overlap', '{ someBox { ... on IntBox { scalar } ... on StringBox { scalar } } }'],
  ['differing-nullability-despite-no-overlap', '{ someBox { ... on NonNullStringBox1 { scalar } ... on StringBox { scalar } } }'],
  ['differing-list-despite-no-overlap', '{ someBox { ... on IntBox { box: listStringBox { scalar } } ... on StringBox { box: stringBox { scalar } } } }'],
  ['differing-list-reversed', '{ someBox { ... on IntBox { box: stringBox { scalar } } ... on StringBox { box: listStringBox { scalar } } } }'],
  ['differing-subfields', '{ someBox { ... on IntBox { box: stringBox { val: scalar val: unrelatedField } } ... on StringBox { box: stringBox { val: scalar } } } }'],
  ['differing-deep-types-despite-no-overlap', '{ someBox { ... on IntBox { box: stringBox { scalar } } ... on StringBox { box: intBox { scalar } } } }'],
  ['non-conflicting-overlapping-types', '{ someBox { ... on IntBox { scalar: unrelatedField } ... on StringBox { scalar } } }'],
  ['same-wrapped-scalar-types', '{ someBox { ... on NonNullStringBox1 { scalar } ... on NonNullStringBox2 { scalar } } }'],
  ['inline-fragments-without-type-condition', '{ someBox { unrelatedField ... { unrelatedField } } }'],
  ['deep-types-including-list', '{ connection { ...edgeID edges { node { id: name } } } } fragment edgeID on Connection { edges { node { id } } }'],
  ['ignores-unknown-types', '{ someBox { ... on UnknownType { scalar } ... on NonNullStringBox2 { scalar } } }'],
  ['non-exclusive-follows-exclusive', '{ someBox { ... on IntBox { deepBox { ...X } } } someBox { ... on StringBox { deepBox { ...Y } } } memoed: someBox { ... on IntBox { deepBox { ...X } } } memoed: someBox { ... on StringBox { deepBox { ...Y } } } other: someBox { ...X } other: someBox { ...Y } } fragment X on SomeBox { scalar: deepBox { unrelatedField } } fragment Y on SomeBox { scalar: unrelatedField }'],
  ['recursive-fragment', '{ ...fragA } fragment fragA on Query { ...fragA }'],
  ['immediately-recursive-fragment', '{ ...fragA } fragment fragA on Query { someBox { unrelatedField } ...fragA }'],
  ['recursive-fragments-separated-by-fields', '{ ...fragA ...fragB } fragment fragA on Query { someBox { ...fragB } } fragment fragB on Query { someBox { ...fragA } }'],
  ['same-fragment-spread-in-two-boxes', '{ a: someBox { ...B } a: someBox { ...B } } fragment B on SomeBox { unrelatedField }'],
  ['typename-vs-field', '{ someBox { __typename } someBox { __typename: unrelatedField } }'],
  ['aliased-typename-conflict', '{ someBox { t: __typename t: unrelatedField } }'],
], 'overlap');

more('OverlappingFieldsCanBeMerged', 50, [
  ['finds-conflict-with-immediately-recursive-fragment', 'fragment sameAliases on Dog { ...sameAliases fido: name fido: nickname }'],
  ['transitively-recursive-fragment', 'fragment fragA on Human { name ...fragB } fragment fragB on Human { name ...fragC } fragment fragC on Human { name ...fragA }'],
  ['deep-conflict-in-nested-fragments', '{ dog { ...F } dog { ...I } } fragment F on Dog { x: name ...G } fragment G on Dog { y: barks } fragment I on Dog { y: barkVolume ...J } fragment J on Dog { x: nickname }'],
  ['deep-conflict-nearest-common-ancestor', '{ dog { mother { x: name } mother { x: nickname } } dog { mother { y: name } } }'],
  ['deep-conflict-nearest-common-ancestor-in-fragments', '{ dog { ...F } dog { ...F } } fragment F on Dog { mother { mother { x: name } mother { x: nickname } } mother { father { name } } }'],
  ['conflict-between-fragments-with-args', '{ dog { ...A ...B } } fragment A on Dog { doesKnowCommand(dogCommand: SIT) } fragment B on Dog { doesKnowCommand(dogCommand: HEEL) }'],
  ['different-args-no-overlap-allowed', '{ pet { ... on Dog { name(surname: true) } ... on Cat { name } } }'],
  ['same-args-different-order', '{ dog { isAtLocation(x: 1, y: 2) isAtLocation(y: 2, x: 1) } }'],
  ['args-list-values-differ', '{ complicatedArgs { stringListArgField(stringListArg: ["a"]) stringListArgField(stringListArg: ["b"]) } }'],
  ['args-null-vs-missing', '{ complicatedArgs { intArgField(intArg: null) intArgField } }'],
  ['args-int-vs-float-text', '{ complicatedArgs { floatArgField(floatArg: 1) floatArgField(floatArg: 1.0) } }'],
  ['args-string-vs-block-string', '{ complicatedArgs { stringArgField(stringArg: "a") stringArgField(stringArg: """a""") } }'],
  ['conflict-reported-once-per-pair', '{ dog { x: name x: nickname x: barks } }'],
  ['many-conflicts-in-one-selection', '{ dog { a: name a: nickname b: barks b: barkVolume } }'],
  ['conflict-in-fragment-and-inline-fragment', '{ dog { ...F ... on Dog { x: nickname } } } fragment F on Dog { x: name }'],
  ['conflict-through-interface-fragment', '{ dog { ... on Pet { x: name } ... on Dog { x: nickname } } }'],
  ['unknown-field-vs-field', '{ dog { x: name x: unknownField } }'],
  ['mutation-root-conflict', 'mutation { a: adoptDog(name: "x") { name } a: adoptDog(name: "y") { name } }'],
]);

// @defer/@stream rules: graphql-js 17 runs them among its specified rules (they match directives by name).
more('DeferStreamDirectiveOnRootField', 1, [
  ['defer-on-query-root', '{ ... @defer { hero { name } } }'],
  ['defer-spread-on-mutation-root', 'mutation { ...M @defer } fragment M on Mutation { mutate { name } }'],
  ['defer-inline-on-mutation-root', 'mutation { ... @defer { mutate { name } } }'],
  ['defer-nested-in-mutation', 'mutation { mutate { ... @defer { name } } }'],
  ['stream-on-subscription-root', 'subscription { onHeroes @stream { name } }'],
  ['stream-on-mutation-root', 'mutation { mutateList @stream { name } }'],
  ['defer-in-fragment-on-subscription-root', 'subscription { ...S } fragment S on Subscription { ... @defer { onHero { name } } }'],
], 'deferStream');

more('DeferStreamDirectiveOnValidOperations', 1, [
  ['defer-in-query', '{ ... @defer { hero { name } } }'],
  ['defer-in-subscription', 'subscription { onHero { ... @defer { name } } }'],
  ['defer-disabled-in-subscription', 'subscription { onHero { ... @defer(if: false) { name } } }'],
  ['defer-variable-in-subscription', 'subscription S($d: Boolean!) { onHero { ... @defer(if: $d) { name } } }'],
  ['stream-in-subscription', 'subscription { onHero { friends @stream { name } } }'],
  ['stream-skipped-in-subscription', 'subscription { onHero { friends @stream @skip(if: true) { name } } }'],
  ['defer-through-fragment-in-subscription', 'subscription { onHero { ...F } } fragment F on Hero { ... @defer { name } }'],
], 'deferStream');

more('DeferStreamDirectiveLabel', 1, [
  ['unique-labels', '{ ... @defer(label: "a") { hero { name } } heroes @stream(label: "b") { name } }'],
  ['duplicate-labels', '{ ... @defer(label: "a") { hero { name } } heroes @stream(label: "a") { name } }'],
  ['variable-label', 'query Q($l: String) { ... @defer(label: $l) { hero { name } } }'],
  ['null-label', '{ ... @defer(label: null) { hero { name } } ... @defer(label: null) { name } }'],
], 'deferStream');

more('StreamDirectiveOnListField', 1, [
  ['stream-on-list', '{ heroes @stream { name } }'],
  ['stream-on-non-list', '{ hero @stream { name } }'],
  ['stream-on-scalar', '{ name @stream }'],
  ['stream-on-unknown-field', '{ unknown @stream }'],
], 'deferStream');

more('OverlappingFieldsCanBeMerged', 70, [
  ['stream-on-one-side', '{ heroes @stream { name } heroes { name } }'],
  ['stream-same-arguments', '{ heroes @stream(initialCount: 1) { name } heroes @stream(initialCount: 1) { name } }'],
  ['stream-different-arguments', '{ heroes @stream(initialCount: 1) { name } heroes @stream(initialCount: 2) { name } }'],
], 'deferStream');

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
  { id: 'all-rules-11-defer-stream-valid', kind: 'validate', schema: 'deferStream', document: 'query Q($d: Boolean!) { ... @defer(label: "a") { hero { name } } heroes @stream(initialCount: 2, label: "b") { name friends @stream { id } } ...F @defer(if: $d) } fragment F on Query { name }' },
  { id: 'all-rules-12-defer-stream-invalid', kind: 'validate', schema: 'deferStream', document: 'mutation M { ... @defer(label: "x") { mutate { name } } } subscription S { onHero @stream(label: "x") { name } }' },
  { id: 'all-rules-13-stream-unknown-directive', kind: 'validate', schema: 'validation', document: '{ dog @stream { name } human { pets @stream(label: "a") { name } } }' },
  { id: 'all-rules-14-defer-unknown-directive', kind: 'validate', schema: 'validation', document: '{ ... @defer(label: "a") { dog { name } } ... @defer(label: "a") { cat { name } } }' },
  { id: 'all-rules-15-overlap-schema', kind: 'validate', schema: 'overlap', document: '{ someBox { ... on IntBox { scalar } ... on StringBox { scalar } } connection { edges { node { id } } } }' },
  { id: 'all-rules-16-many-rules-one-field', kind: 'validate', schema: 'validation', document: 'query Q($v: Int) { dog @unknown @include(if: $v) { doesKnowCommand(dogCommand: "SIT", extra: 1) name(surname: $v) name: nickname } }' },
  { id: 'all-rules-17-empty-document-definitions', kind: 'validate', schema: 'validation', document: 'fragment A on Dog { name } fragment A on Dog { barks }' },
  { id: 'all-rules-19-error-limit-reached', kind: 'validate', schema: 'validation', document: '{ ' + Array.from({ length: 105 }, (_, i) => `f${i}`).join(' ') + ' }' },
  { id: 'all-rules-20-just-under-error-limit', kind: 'validate', schema: 'validation', document: '{ ' + Array.from({ length: 100 }, (_, i) => `f${i}`).join(' ') + ' }' },
  { id: 'all-rules-18-subscription-invalid', kind: 'validate', schema: 'validation', document: 'subscription S($x: Boolean!) { catEvents @include(if: $x) { name } __typename }' },
);
