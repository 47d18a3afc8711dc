// Fragments: spec §5.5.
export default {
  UniqueFragmentNames: [
    ['no fragments', `{ name }`],
    ['one fragment', `{ ...fragA } fragment fragA on Type { field }`],
    ['many fragments', `
      { ...fragA ...fragB ...fragC }
      fragment fragA on Type { fieldA }
      fragment fragB on Type { fieldB }
      fragment fragC on Type { fieldC }
    `],
    ['inline fragments are always unique', `{ ...on Type { fieldA } ...on Type { fieldB } }`],
    ['fragment and operation named the same', `query Foo { ...Foo } fragment Foo on Type { field }`],
    ['fragments named the same', `
      { ...fragA }
      fragment fragA on Type { fieldA }
      fragment fragA on Type { fieldB }
    `],
    ['fragments named the same without being referenced', `
      fragment fragA on Type { fieldA }
      fragment fragA on Type { fieldB }
      fragment fragA on Type { fieldC }
    `],
  ],
  KnownFragmentNames: [
    ['known fragment names', `
      { human(id: 4) { ...HumanFields1 ... on Human { ...HumanFields2 } ... { name } } }
      fragment HumanFields1 on Human { name ...HumanFields3 }
      fragment HumanFields2 on Human { name }
      fragment HumanFields3 on Human { name }
    `],
    ['unknown fragment names', `
      { human(id: 4) { ...UnknownFragment1 ... on Human { ...UnknownFragment2 } } }
      fragment HumanFields on Human { name ...UnknownFragment3 }
    `],
  ],
  NoUnusedFragments: [
    ['all fragment names are used', `
      { human(id: 4) { ...HumanFields1 ... on Human { ...HumanFields2 } } }
      fragment HumanFields1 on Human { name ...HumanFields3 }
      fragment HumanFields2 on Human { name }
      fragment HumanFields3 on Human { name }
    `],
    ['all fragment names are used by multiple operations', `
      query Foo { human(id: 4) { ...HumanFields1 } }
      query Bar { human(id: 4) { ...HumanFields2 } }
      fragment HumanFields1 on Human { name ...HumanFields3 }
      fragment HumanFields2 on Human { name }
      fragment HumanFields3 on Human { name }
    `],
    ['contains unknown fragments', `
      query Foo { human(id: 4) { ...HumanFields1 } }
      query Bar { human(id: 4) { ...HumanFields2 } }
      fragment HumanFields1 on Human { name ...HumanFields3 }
      fragment HumanFields2 on Human { name }
      fragment HumanFields3 on Human { name }
      fragment Unused1 on Human { name }
      fragment Unused2 on Human { name }
    `],
    ['contains unknown fragments with a reference cycle', `
      query Foo { human(id: 4) { ...HumanFields1 } }
      fragment HumanFields1 on Human { name ...HumanFields3 }
      fragment HumanFields3 on Human { name }
      fragment Unused1 on Human { name ...Unused2 }
      fragment Unused2 on Human { name ...Unused1 }
    `],
    ['contains unknown and undefined fragments', `
      query Foo { human(id: 4) { ...bar } }
      fragment foo on Human { name }
    `],
    ['fragments only', `fragment foo on Human { name } fragment bar on Human { ...foo }`],
  ],
  PossibleFragmentSpreads: [
    ['of the same object', `fragment objectWithinObject on Dog { ...dogFragment } fragment dogFragment on Dog { barkVolume }`],
    ['of the same object with inline fragment', `fragment objectWithinObjectAnon on Dog { ... on Dog { barkVolume } }`],
    ['object into an implemented interface', `fragment objectWithinInterface on Pet { ...dogFragment } fragment dogFragment on Dog { barkVolume }`],
    ['object into containing union', `fragment objectWithinUnion on CatOrDog { ...dogFragment } fragment dogFragment on Dog { barkVolume }`],
    ['union into contained object', `fragment unionWithinObject on Dog { ...catOrDogFragment } fragment catOrDogFragment on CatOrDog { __typename }`],
    ['union into overlapping interface', `fragment unionWithinInterface on Pet { ...catOrDogFragment } fragment catOrDogFragment on CatOrDog { __typename }`],
    ['union into overlapping union', `fragment unionWithinUnion on DogOrHuman { ...catOrDogFragment } fragment catOrDogFragment on CatOrDog { __typename }`],
    ['interface into implemented object', `fragment interfaceWithinObject on Dog { ...petFragment } fragment petFragment on Pet { name }`],
    ['interface into overlapping interface', `fragment interfaceWithinInterface on Pet { ...beingFragment } fragment beingFragment on Being { name }`],
    ['interface into overlapping interface in inline fragment', `fragment interfaceWithinInterface on Pet { ... on Being { name } }`],
    ['interface into overlapping union', `fragment interfaceWithinUnion on CatOrDog { ...petFragment } fragment petFragment on Pet { name }`],
    ['ignores incorrect type (caught by FragmentsOnCompositeTypes)', `fragment petFragment on Pet { ...badInADifferentWay } fragment badInADifferentWay on String { name }`],
    ['ignores unknown fragments (caught by KnownFragmentNames)', `fragment petFragment on Pet { ...UnknownFragment }`],
    ['different object into object', `fragment invalidObjectWithinObject on Cat { ...dogFragment } fragment dogFragment on Dog { barkVolume }`],
    ['different object into object in inline fragment', `fragment invalidObjectWithinObjectAnon on Cat { ... on Dog { barkVolume } }`],
    ['object into not implementing interface', `fragment invalidObjectWithinInterface on Pet { ...humanFragment } fragment humanFragment on Human { pets { name } }`],
    ['object into not containing union', `fragment invalidObjectWithinUnion on CatOrDog { ...humanFragment } fragment humanFragment on Human { pets { name } }`],
    ['union into not contained object', `fragment invalidUnionWithinObject on Human { ...catOrDogFragment } fragment catOrDogFragment on CatOrDog { __typename }`],
    ['union into non overlapping interface', `fragment invalidUnionWithinInterface on Pet { ...humanOrAlienFragment } fragment humanOrAlienFragment on HumanOrAlien { __typename }`],
    ['union into non overlapping union', `fragment invalidUnionWithinUnion on CatOrDog { ...humanOrAlienFragment } fragment humanOrAlienFragment on HumanOrAlien { __typename }`],
    ['interface into non implementing object', `fragment invalidInterfaceWithinObject on Cat { ...intelligentFragment } fragment intelligentFragment on Intelligent { iq }`],
    ['interface into non overlapping interface', `fragment invalidInterfaceWithinInterface on Pet { ...intelligentFragment } fragment intelligentFragment on Intelligent { iq }`],
    ['interface into non overlapping interface in inline fragment', `fragment invalidInterfaceWithinInterfaceAnon on Pet { ...on Intelligent { iq } }`],
    ['interface into non overlapping union', `fragment invalidInterfaceWithinUnion on HumanOrAlien { ...petFragment } fragment petFragment on Pet { name }`],
    ['inline fragment without a type condition', `{ dog { ... { name } } }`],
  ],
  NoFragmentCycles: [
    ['single reference is valid', `fragment fragA on Dog { ...fragB } fragment fragB on Dog { name }`],
    ['spreading twice is not circular', `fragment fragA on Dog { ...fragB, ...fragB } fragment fragB on Dog { name }`],
    ['spreading twice indirectly is not circular', `
      fragment fragA on Dog { ...fragB, ...fragC }
      fragment fragB on Dog { ...fragC }
      fragment fragC on Dog { name }
    `],
    ['double spread within abstract types', `
      fragment nameFragment on Pet { ... on Dog { name } ... on Cat { name } }
      fragment spreadsInAnon on Pet { ... on Dog { ...nameFragment } ... on Cat { ...nameFragment } }
    `],
    ['does not false positive on unknown fragment', `fragment nameFragment on Pet { ...UnknownFragment }`],
    ['spreading recursively within field fails', `fragment fragA on Human { relatives { ...fragA } }`],
    ['no spreading itself directly', `fragment fragA on Dog { ...fragA }`],
    ['no spreading itself directly within inline fragment', `fragment fragA on Pet { ... on Dog { ...fragA } }`],
    ['no spreading itself indirectly', `fragment fragA on Dog { ...fragB } fragment fragB on Dog { ...fragA }`],
    ['no spreading itself indirectly reports opposite order', `fragment fragB on Dog { ...fragA } fragment fragA on Dog { ...fragB }`],
    ['no spreading itself indirectly within inline fragment', `
      fragment fragA on Pet { ... on Dog { ...fragB } }
      fragment fragB on Pet { ... on Dog { ...fragA } }
    `],
    ['no spreading itself deeply', `
      fragment fragA on Dog { ...fragB }
      fragment fragB on Dog { ...fragC }
      fragment fragC on Dog { ...fragO }
      fragment fragX on Dog { ...fragY }
      fragment fragY on Dog { ...fragZ }
      fragment fragZ on Dog { ...fragO }
      fragment fragO on Dog { ...fragP }
      fragment fragP on Dog { ...fragA, ...fragX }
    `],
    ['no spreading itself deeply two paths', `
      fragment fragA on Dog { ...fragB, ...fragC }
      fragment fragB on Dog { ...fragA }
      fragment fragC on Dog { ...fragA }
    `],
    ['no spreading itself deeply two paths alternate order', `
      fragment fragA on Dog { ...fragC }
      fragment fragB on Dog { ...fragC }
      fragment fragC on Dog { ...fragA, ...fragB }
    `],
    ['no spreading itself deeply and immediately', `
      fragment fragA on Dog { ...fragB }
      fragment fragB on Dog { ...fragB, ...fragC }
      fragment fragC on Dog { ...fragA, ...fragB }
    `],
    ['operations are not fragments', `query fragA { ...fragA } fragment fragA on Query { ...fragA }`],
  ],
};
