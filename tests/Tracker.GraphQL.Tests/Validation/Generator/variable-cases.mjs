// Variables: spec §5.8.
export default {
  UniqueVariableNames: [
    ['unique variable names', `
      query A($x: Int, $y: String) { __typename }
      query B($x: String, $y: Int) { __typename }
    `],
    ['duplicate variable names', `
      query A($x: Int, $x: Int, $x: String) { __typename }
      query B($x: String, $x: Int) { __typename }
      query C($x: Int, $x: Int) { __typename }
    `],
  ],
  NoUndefinedVariables: [
    ['all variables defined', `query Foo($a: String, $b: String, $c: String) { field(a: $a, b: $b, c: $c) }`],
    ['all variables deeply defined', `query Foo($a: String, $b: String, $c: String) { field(a: $a) { field(b: $b) { field(c: $c) } } }`],
    ['all variables deeply in inline fragments defined', `
      query Foo($a: String, $b: String, $c: String) {
        ... on Type { field(a: $a) { field(b: $b) { ... on Type { field(c: $c) } } } }
      }
    `],
    ['all variables in fragments deeply defined', `
      query Foo($a: String, $b: String, $c: String) { ...FragA }
      fragment FragA on Type { field(a: $a) { ...FragB } }
      fragment FragB on Type { field(b: $b) { ...FragC } }
      fragment FragC on Type { field(c: $c) }
    `],
    ['variable within single fragment defined in multiple operations', `
      query Foo($a: String) { ...FragA }
      query Bar($a: String) { ...FragA }
      fragment FragA on Type { field(a: $a) }
    `],
    ['variable within recursive fragment defined', `
      query Foo($a: String) { ...FragA }
      fragment FragA on Type { field(a: $a) { ...FragA } }
    `],
    ['variable not defined', `query Foo($a: String, $b: String, $c: String) { field(a: $a, b: $b, c: $c, d: $d) }`],
    ['variable not defined by unnamed query', `{ field(a: $a) }`],
    ['multiple variables not defined', `query Foo($b: String) { field(a: $a, b: $b, c: $c) }`],
    ['variable in fragment not defined by unnamed query', `{ ...FragA } fragment FragA on Type { field(a: $a) }`],
    ['variable in fragment not defined by operation', `
      query Foo($a: String, $b: String) { ...FragA }
      fragment FragA on Type { field(a: $a) { ...FragB } }
      fragment FragB on Type { field(b: $b) { ...FragC } }
      fragment FragC on Type { field(c: $c) }
    `],
    ['multiple variables in fragments not defined', `
      query Foo($b: String) { ...FragA }
      fragment FragA on Type { field(a: $a) { ...FragB } }
      fragment FragB on Type { field(b: $b) { ...FragC } }
      fragment FragC on Type { field(c: $c) }
    `],
    ['single variable in fragment not defined by multiple operations', `
      query Foo($a: String) { ...FragAB }
      query Bar($a: String) { ...FragAB }
      fragment FragAB on Type { field(a: $a, b: $b) }
    `],
    ['variables in fragment not defined by multiple operations', `
      query Foo($b: String) { ...FragAB }
      query Bar($a: String) { ...FragAB }
      fragment FragAB on Type { field(a: $a, b: $b) }
    `],
    ['variable in fragment used by other operation', `
      query Foo($b: String) { ...FragA }
      query Bar($a: String) { ...FragB }
      fragment FragA on Type { field(a: $a) }
      fragment FragB on Type { field(b: $b) }
    `],
    ['multiple undefined variables produce multiple errors', `
      query Foo($b: String) { ...FragAB }
      query Bar($a: String) { ...FragAB }
      fragment FragAB on Type { field1(a: $a, b: $b) ...FragC field3(a: $a, b: $b) }
      fragment FragC on Type { field2(c: $c) }
    `],
    ['variables in directives', `
      query Foo($a: Boolean) { field(a: $a) @include(if: $c) }
    `],
    ['fragments spread in a different order share the cached usages', `
      query A { ...X ...Y }
      query B { ...Y ...X }
      fragment X on Type { x(a: $x) }
      fragment Y on Type { y(a: $y) }
    `],
  ],
  NoUnusedVariables: [
    ['uses all variables', `query ($a: String, $b: String, $c: String) { field(a: $a, b: $b, c: $c) }`],
    ['uses all variables deeply', `query Foo($a: String, $b: String, $c: String) { field(a: $a) { field(b: $b) { field(c: $c) } } }`],
    ['uses all variables in fragments', `
      query Foo($a: String, $b: String, $c: String) { ...FragA }
      fragment FragA on Type { field(a: $a) { ...FragB } }
      fragment FragB on Type { field(b: $b) { ...FragC } }
      fragment FragC on Type { field(c: $c) }
    `],
    ['variable used by fragment in multiple operations', `
      query Foo($a: String) { ...FragA }
      query Bar($b: String) { ...FragB }
      fragment FragA on Type { field(a: $a) }
      fragment FragB on Type { field(b: $b) }
    `],
    ['variable used by recursive fragment', `
      query Foo($a: String) { ...FragA }
      fragment FragA on Type { field(a: $a) { ...FragA } }
    `],
    ['variable not used', `query ($a: String, $b: String, $c: String) { field(a: $a, b: $b) }`],
    ['multiple variables not used', `query Foo($a: String, $b: String, $c: String) { field(b: $b) }`],
    ['variable not used in fragments', `
      query Foo($a: String, $b: String, $c: String) { ...FragA }
      fragment FragA on Type { field(a: $a) { ...FragB } }
      fragment FragB on Type { field(b: $b) { ...FragC } }
      fragment FragC on Type { field }
    `],
    ['variable not used by unreferenced fragment', `
      query Foo($b: String) { ...FragA }
      fragment FragA on Type { field(a: $a) }
      fragment FragB on Type { field(b: $b) }
    `],
    ['variable not used by fragment used by other operation', `
      query Foo($b: String) { ...FragA }
      query Bar($a: String) { ...FragB }
      fragment FragA on Type { field(a: $a) }
      fragment FragB on Type { field(b: $b) }
    `],
    ['variable used only in its own default is unused', `query Foo($a: Int = 1, $b: Int) { field(b: $b) }`],
    ['variable used in a directive', `query Foo($a: Boolean!) { field @skip(if: $a) }`],
  ],
  VariablesInAllowedPosition: [
    ['boolean into boolean', `query Query($booleanArg: Boolean) { complicatedArgs { booleanArgField(booleanArg: $booleanArg) } }`],
    ['boolean into boolean within fragment', `
      fragment booleanArgFrag on ComplicatedArgs { booleanArgField(booleanArg: $booleanArg) }
      query Query($booleanArg: Boolean) { complicatedArgs { ...booleanArgFrag } }
    `],
    ['non-null boolean into boolean', `query Query($nonNullBooleanArg: Boolean!) { complicatedArgs { booleanArgField(booleanArg: $nonNullBooleanArg) } }`],
    ['non-null boolean into boolean within fragment', `
      fragment booleanArgFrag on ComplicatedArgs { booleanArgField(booleanArg: $nonNullBooleanArg) }
      query Query($nonNullBooleanArg: Boolean!) { complicatedArgs { ...booleanArgFrag } }
    `],
    ['string list into string list', `query Query($stringListVar: [String]) { complicatedArgs { stringListArgField(stringListArg: $stringListVar) } }`],
    ['non-null string list into string list', `query Query($stringListVar: [String!]) { complicatedArgs { stringListArgField(stringListArg: $stringListVar) } }`],
    ['string into string list in item position', `query Query($stringVar: String) { complicatedArgs { stringListArgField(stringListArg: [$stringVar]) } }`],
    ['non-null string into string list in item position', `query Query($stringVar: String!) { complicatedArgs { stringListArgField(stringListArg: [$stringVar]) } }`],
    ['complex input into complex input', `query Query($complexVar: ComplexInput) { complicatedArgs { complexArgField(complexArg: $complexVar) } }`],
    ['complex input into complex input in field position', `query Query($boolVar: Boolean = false) { complicatedArgs { complexArgField(complexArg: {requiredField: $boolVar}) } }`],
    ['non-null boolean into non-null boolean in directive', `query Query($boolVar: Boolean!) { dog @include(if: $boolVar) { name } }`],
    ['int into non-null int', `query Query($intArg: Int) { complicatedArgs { nonNullIntArgField(nonNullIntArg: $intArg) } }`],
    ['int into non-null int within fragment', `
      fragment nonNullIntArgFieldFrag on ComplicatedArgs { nonNullIntArgField(nonNullIntArg: $intArg) }
      query Query($intArg: Int) { complicatedArgs { ...nonNullIntArgFieldFrag } }
    `],
    ['int into non-null int within nested fragment', `
      fragment outerFrag on ComplicatedArgs { ...nonNullIntArgFieldFrag }
      fragment nonNullIntArgFieldFrag on ComplicatedArgs { nonNullIntArgField(nonNullIntArg: $intArg) }
      query Query($intArg: Int) { complicatedArgs { ...outerFrag } }
    `],
    ['string over boolean', `query Query($stringVar: String) { complicatedArgs { booleanArgField(booleanArg: $stringVar) } }`],
    ['string into string list', `query Query($stringVar: String) { complicatedArgs { stringListArgField(stringListArg: $stringVar) } }`],
    ['boolean into non-null boolean in directive', `query Query($boolVar: Boolean) { dog @include(if: $boolVar) { name } }`],
    ['string into non-null boolean in directive', `query Query($stringVar: String) { dog @include(if: $stringVar) { name } }`],
    ['string list into string non-null list', `query Query($stringListVar: [String]) { complicatedArgs { stringListNonNullArgField(stringListNonNullArg: $stringListVar) } }`],
    ['int into non-null int fails when variable provides null default', `query Query($intVar: Int = null) { complicatedArgs { nonNullIntArgField(nonNullIntArg: $intVar) } }`],
    ['int into non-null int with a non-null default', `query Query($intVar: Int = 1) { complicatedArgs { nonNullIntArgField(nonNullIntArg: $intVar) } }`],
    ['int into non-null int where the argument has a default', `query Query($intVar: Int) { complicatedArgs { nonNullFieldWithDefault(arg: $intVar) } }`],
    ['boolean into non-null boolean in directive with a default', `query Query($boolVar: Boolean = false) { dog @include(if: $boolVar) { name } }`],
    ['nullable variable into non-null input field with a default', `query Query($boolVar: Boolean) { complicatedArgs { complexArgField(complexArg: { requiredField: true, nonNullField: $boolVar }) } }`],
    ['nullable variable into non-null input field without a default', `query Query($boolVar: Boolean) { complicatedArgs { complexArgField(complexArg: { requiredField: $boolVar }) } }`],
    ['oneOf: nullable variable', `query Query($string: String) { complicatedArgs { oneOfArgField(oneOfArg: { stringField: $string }) } }`],
    ['oneOf: nullable variable with a default', `query Query($string: String = "x") { complicatedArgs { oneOfArgField(oneOfArg: { stringField: $string }) } }`],
    ['oneOf: non-null variable', `query Query($string: String!) { complicatedArgs { oneOfArgField(oneOfArg: { stringField: $string }) } }`],
    ['unknown variable types and positions are ignored', `query Query($a: Unknown, $b: Int) { unknown(x: $a) complicatedArgs { unknownArg(x: $b) intArgField(intArg: $a) } }`],
    ['same fragment in two operations', `
      query A($x: Int) { complicatedArgs { ...F } }
      query B($x: Int!) { complicatedArgs { ...F } }
      fragment F on ComplicatedArgs { nonNullIntArgField(nonNullIntArg: $x) }
    `],
  ],
};
