// Field selection merging: spec §5.3.2.
const schema = `
  interface SomeBox { deepBox: SomeBox unrelatedField: String }
  type StringBox implements SomeBox { scalar: String deepBox: StringBox unrelatedField: String listStringBox: [StringBox] stringBox: StringBox intBox: IntBox }
  type IntBox implements SomeBox { scalar: Int deepBox: IntBox unrelatedField: String listStringBox: [StringBox] stringBox: StringBox intBox: IntBox }
  interface NonNullStringBox1 { scalar: String! }
  type NonNullStringBox1Impl implements SomeBox & NonNullStringBox1 { scalar: String! unrelatedField: String deepBox: SomeBox }
  interface NonNullStringBox2 { scalar: String! }
  type NonNullStringBox2Impl implements SomeBox & NonNullStringBox2 { scalar: String! unrelatedField: String deepBox: SomeBox }
  type Connection { edges: [Edge] }
  type Edge { node: Node }
  type Node { id: ID name: String }
  type Query { someBox: SomeBox connection: Connection }
`;

export default {
  OverlappingFieldsCanBeMerged: [
    ['unique fields', `fragment uniqueFields on Dog { name nickname }`],
    ['identical fields', `fragment mergeIdenticalFields on Dog { name name }`],
    ['identical fields with identical arguments', `fragment mergeIdenticalFieldsWithIdenticalArgs on Dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: SIT) }`],
    ['identical fields with identical directives', `fragment mergeSameFieldsWithSameDirectives on Dog { name @include(if: true) name @include(if: true) }`],
    ['different arguments with different aliases', `fragment differentArgsWithDifferentAliases on Dog { knowsSit: doesKnowCommand(dogCommand: SIT) knowsDown: doesKnowCommand(dogCommand: DOWN) }`],
    ['different directives with different aliases', `fragment differentDirectivesWithDifferentAliases on Dog { nameIfTrue: name @include(if: true) nameIfFalse: name @include(if: false) }`],
    ['different skip/include directives accepted', `fragment differentDirectivesWithDifferentAliases on Dog { name @include(if: true) name @include(if: false) }`],
    ['same aliases with different field targets', `fragment sameAliasesWithDifferentFieldTargets on Dog { fido: name fido: nickname }`],
    ['same aliases allowed on non-overlapping fields', `fragment sameAliasesWithDifferentFieldTargets on Pet { ... on Dog { name } ... on Cat { name: nickname } }`],
    ['alias masking direct field access', `fragment aliasMaskingDirectFieldAccess on Dog { name: nickname name }`],
    ['different args, second adds an argument', `fragment conflictingArgs on Dog { doesKnowCommand doesKnowCommand(dogCommand: HEEL) }`],
    ['different args, second missing an argument', `fragment conflictingArgs on Dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand }`],
    ['conflicting arg values', `fragment conflictingArgs on Dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: HEEL) }`],
    ['conflicting arg names', `fragment conflictingArgs on Dog { isAtLocation(x: 0) isAtLocation(y: 0) }`],
    ['arguments in a different order', `fragment f on Dog { isAtLocation(x: 0, y: 1) isAtLocation(y: 1, x: 0) }`],
    ['same variable arguments', `query ($c: DogCommand) { dog { doesKnowCommand(dogCommand: $c) doesKnowCommand(dogCommand: $c) } }`],
    ['different variable arguments', `query ($c: DogCommand, $d: DogCommand) { dog { doesKnowCommand(dogCommand: $c) doesKnowCommand(dogCommand: $d) } }`],
    ['variable against literal', `query ($c: DogCommand) { dog { doesKnowCommand(dogCommand: $c) doesKnowCommand(dogCommand: SIT) } }`],
    ['object arguments with fields in another order', `{ complicatedArgs { complexArgField(complexArg: { requiredField: true, intField: 1 }) complexArgField(complexArg: { intField: 1, requiredField: true }) } }`],
    ['string and block string arguments differ', `{ complicatedArgs { stringArgField(stringArg: "a") stringArgField(stringArg: """a""") } }`],
    ['int and float arguments differ', `{ complicatedArgs { floatArgField(floatArg: 1) floatArgField(floatArg: 1.0) } }`],
    ['allows different args where no conflict is possible', `fragment conflictingArgs on Pet { ... on Dog { name(surname: true) } ... on Cat { name } }`],
    ['encounters conflict in fragments', `
      { ...A ...B }
      fragment A on Type { x: a }
      fragment B on Type { x: b }
    `],
    ['reports each conflict once', `
      { f1 { ...A ...B } f2 { ...B ...A } f3 { ...A ...B x: c } }
      fragment A on Type { x: a }
      fragment B on Type { x: b }
    `],
    ['deep conflict', `{ field { x: a } field { x: b } }`],
    ['deep conflict with multiple issues', `{ field { x: a y: c } field { x: b y: d } }`],
    ['very deep conflict', `{ field { deepField { x: a } } field { deepField { x: b } } }`],
    ['reports deep conflict to nearest common ancestor', `{ field { deepField { x: a } deepField { x: b } } field { deepField { y } } }`],
    ['reports deep conflict to nearest common ancestor in fragments', `
      { field { ...F } field { ...F } }
      fragment F on T { deepField { deeperField { x: a } deeperField { x: b } } deepField { deeperField { y } } }
    `],
    ['reports deep conflict in nested fragments', `
      { field { ...F } field { ...I } }
      fragment F on T { x: a ...G }
      fragment G on T { y: c }
      fragment I on T { y: d ...J }
      fragment J on T { x: b }
    `],
    ['ignores unknown fragments', `{ field ...Unknown ...Known } fragment Known on T { field ...OtherUnknown }`],
    ['conflicting return types which potentially overlap', `{ someBox { ...on IntBox { scalar } ...on NonNullStringBox1 { scalar } } }`, { schema }],
    ['compatible return shapes on different return types', `{ someBox { ... on SomeBox { deepBox { unrelatedField } } ... on StringBox { deepBox { unrelatedField } } } }`, { schema }],
    ['disallows differing return types despite no overlap', `{ someBox { ... on IntBox { scalar } ... on StringBox { scalar } } }`, { schema }],
    ['reports correctly when a non-exclusive follows an exclusive', `
      { someBox { ... on IntBox { deepBox { ...X } } } someBox { ... on StringBox { deepBox { ...Y } } } memoed: someBox { ... on IntBox { deepBox { ...X } } } memoed: someBox { ... on StringBox { deepBox { ...Y } } } other: someBox { ...X } other: someBox { ...Y } }
      fragment X on SomeBox { scalar }
      fragment Y on SomeBox { scalar: unrelatedField }
    `, { schema }],
    ['disallows differing return type nullability despite no overlap', `{ someBox { ... on NonNullStringBox1 { scalar } ... on StringBox { scalar } } }`, { schema }],
    ['disallows differing return type list despite no overlap', `{ someBox { ... on IntBox { box: listStringBox { scalar } } ... on StringBox { box: stringBox { scalar } } } }`, { schema }],
    ['disallows differing return type list despite no overlap, reversed', `{ someBox { ... on IntBox { box: stringBox { scalar } } ... on StringBox { box: listStringBox { scalar } } } }`, { schema }],
    ['disallows differing subfields', `{ someBox { ... on IntBox { box: stringBox { val: scalar val: unrelatedField } } ... on StringBox { box: stringBox { val: scalar } } } }`, { schema }],
    ['disallows differing deep return types despite no overlap', `{ someBox { ... on IntBox { box: stringBox { scalar } } ... on StringBox { box: intBox { scalar } } } }`, { schema }],
    ['allows non-conflicting overlapping types', `{ someBox { ... on IntBox { scalar: unrelatedField } ... on StringBox { scalar } } }`, { schema }],
    ['same wrapped scalar return types', `{ someBox { ...on NonNullStringBox1 { scalar } ...on NonNullStringBox2 { scalar } } }`, { schema }],
    ['allows inline fragments without type condition', `{ a ... { a } }`, { schema: `type Query { a: String }` }],
    ['compares deep types including list', `
      { connection { ...edgeID edges { node { id: name } } } }
      fragment edgeID on Connection { edges { node { id } } }
    `, { schema }],
    ['ignores unknown types', `{ someBox { ...on UnknownType { scalar } ...on NonNullStringBox2 { scalar } } }`, { schema }],
    ['does not infinite loop on recursive fragment', `{ ...fragA } fragment fragA on Query { ...fragA }`],
    ['does not infinite loop on immediately recursive fragment', `{ ...fragA } fragment fragA on Query { fragA: dog { name } ...fragA }`],
    ['finds invalid case even with immediately recursive fragment', `
      fragment sameAliasesWithDifferentFieldTargets on Dog { ...sameAliasesWithDifferentFieldTargets fido: name fido: nickname }
    `],
    ['does not infinite loop on transitively recursive fragment', `
      { ...fragA fragB: dog { name } }
      fragment fragA on Query { fragB: dog { name } ...fragB }
      fragment fragB on Query { fragB: dog { name } ...fragC }
      fragment fragC on Query { fragB: dog { name } ...fragA }
    `],
    ['finds invalid case with field named after fragment', `{ fragA ...fragA } fragment fragA on Type { fragA: b }`],
    ['finds invalid case even with field named after fragment, reversed', `{ ...fragA fragA } fragment fragA on Type { fragA: b }`],
    ['does not infinite loop on recursive fragments separated by fields', `
      { ...fragA ...fragB }
      fragment fragA on T { x { ...fragA x { ...fragB } } }
      fragment fragB on T { x { ...fragB x { ...fragA } } }
    `],
    ['a fragment spread twice with different nesting', `{ dog { ...F mother { ...F } } } fragment F on Dog { name mother { name: nickname } }`],
    ['stream on both fields', `{ dogs @stream { name } dogs @stream { name } }`],
    ['stream with different arguments', `{ dogs @stream(initialCount: 1) { name } dogs @stream(initialCount: 2) { name } }`],
    ['stream on one field only', `{ dogs @stream { name } dogs { name } }`],
    ['stream on mutually exclusive fields', `{ pet { ... on Dog { puppies @stream { name } } ... on Cat { puppies: name } } }`],
    ['long response names are abbreviated', `{ dog { ${'x'.repeat(1100)}: name ${'x'.repeat(1100)}: nickname } }`],
  ],
};
