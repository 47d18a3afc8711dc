// Incremental delivery (@defer, @stream): graphql-js 17.1.0's experimentalExecuteIncrementally, its initial result
// and every subsequent payload in order. Schema: schemas.mjs "incremental".
//
// Root data without "$async" or "$stream" is synchronous: graphql-js's payloads are then fully determined and the
// harness compares them one by one. With either, how work is batched into payloads depends on each runtime's
// scheduling; the harness then compares what is delivered (tests/conformance/README.md).
const cases = [];

function inc(id, document, rootValue, extra = {}) {
  cases.push({ id, kind: 'executeIncrementally', schema: 'incremental', document, rootValue, ...extra });
}

function sub(id, document, rootValue, extra = {}) {
  cases.push({ id, kind: 'subscribe', schema: 'incremental', document, rootValue, ...extra });
}

const hero = (id, name, extra = {}) => ({ id, name, nonNullName: name, ...extra });
const han = hero('2', 'Han');
const leia = hero('3', 'Leia');
const chewie = hero('4', 'Chewbacca');
const luke = hero('1', 'Luke', {
  friends: [han, leia, chewie],
  nonNullFriends: [han, leia, chewie],
  bestFriend: han,
  nonNullBestFriend: leia,
  tags: ['jedi', 'pilot'],
  nonNullTags: ['jedi', 'pilot'],
});
const root = { hero: luke, nonNullHero: luke, heroes: [luke, han, leia], names: ['a', 'b', 'c', 'd', 'e'] };

// @defer on inline fragments and fragment spreads, labels, "if".
inc('defer-inline-fragment', '{ hero { id ... @defer { name } } }', root);
inc('defer-fragment-spread', '{ hero { id ...HeroName @defer } } fragment HeroName on Hero { name }', root);
inc('defer-label', '{ hero { id ... @defer(label: "name") { name } } }', root);
inc('defer-label-on-spread', '{ hero { id ...HeroName @defer(label: "spread") } } fragment HeroName on Hero { name }', root);
inc('defer-if-false', '{ hero { id ... @defer(if: false) { name } } }', root);
inc('defer-if-true', '{ hero { id ... @defer(if: true) { name } } }', root);
inc('defer-if-variable-false', 'query ($d: Boolean!) { hero { id ... @defer(if: $d) { name } } }', root, { variables: { d: false } });
inc('defer-if-variable-true', 'query ($d: Boolean!) { hero { id ... @defer(if: $d) { name } } }', root, { variables: { d: true } });
inc('defer-if-variable-default', 'query ($d: Boolean! = true) { hero { id ... @defer(if: $d) { name } } }', root);
inc('defer-with-skip', '{ hero { id ... @defer @skip(if: true) { name } } }', root);
inc('defer-with-include', '{ hero { id ... @defer @include(if: true) { name } } }', root);
inc('defer-type-condition-not-matching', '{ node { id ... on Droid @defer { model } } }', { node: { ...luke, __typename: 'Hero' } });
inc('defer-type-condition-matching', '{ node { id ... on Hero @defer { name } } }', { node: { ...luke, __typename: 'Hero' } });
inc('defer-typename', '{ hero { ... @defer { __typename id } } }', root);

// @defer on root fields.
inc('defer-root-fields', '{ ... @defer { hero { id } } }', root);
inc('defer-root-fields-labelled', 'query Q { ...RootFragment @defer(label: "root") } fragment RootFragment on Query { hero { id name } }', root);
inc('defer-root-and-initial', '{ scalar ... @defer { hero { name } } }', { ...root, scalar: 'now' });
inc('defer-root-overlapping-initial', '{ hero { id } ... @defer { hero { name } } }', root);

// Nested and sibling fragments.
inc('defer-nested', '{ hero { id ... @defer(label: "outer") { name ... @defer(label: "inner") { friends { id } } } } }', root);
inc('defer-nested-three-levels', '{ hero { ... @defer(label: "a") { id ... @defer(label: "b") { name ... @defer(label: "c") { bestFriend { name } } } } } }', root);
inc('defer-nested-in-subfield', '{ hero { ... @defer(label: "outer") { bestFriend { id ... @defer(label: "inner") { name } } } } }', root);
inc('defer-siblings', '{ hero { id ... @defer(label: "a") { name } ... @defer(label: "b") { tags } } }', root);
inc('defer-siblings-different-objects', '{ hero { ... @defer(label: "hero") { name } } nonNullHero { ... @defer(label: "nonNullHero") { id } } }', root);
inc('defer-nested-before-parent-announcement', '{ hero { ... @defer(label: "deep") { name } } ... @defer(label: "root") { scalar } }', { ...root, scalar: 's' });
inc('defer-empty-outer-fragment', '{ hero { ... @defer(label: "outer") { ... @defer(label: "inner") { name } } } }', root);

// Inside lists.
inc('defer-in-list-items', '{ heroes { id ... @defer { name } } }', root);
inc('defer-in-nested-list-items', '{ hero { friends { id ... @defer(label: "friend") { name } } } }', root);
inc('defer-list-inside-defer', '{ hero { id ... @defer(label: "outer") { friends { ... @defer(label: "friend") { name } } } } }', root);
inc('defer-in-union-list', '{ characters { ... on Hero @defer { name } ... on Droid { model } } }', {
  characters: [{ ...han, __typename: 'Hero' }, { id: 'r2', model: 'R2', __typename: 'Droid' }],
});
inc('defer-on-null-object', '{ hero { ... @defer(label: "outer") { bestFriend { ... @defer(label: "inner") { id } } } } }', { hero: hero('9', 'Alone', { bestFriend: null }) });

// Fields sent once: deduplication against the parent result and between fragments.
inc('dedup-fragment-also-not-deferred', '{ hero { id ...HeroName @defer(label: "deferred") ...HeroName } } fragment HeroName on Hero { name }', root);
inc('dedup-not-deferred-first', '{ hero { id ...HeroName ...HeroName @defer(label: "deferred") } } fragment HeroName on Hero { name }', root);
inc('dedup-field-already-sent', '{ hero { name ... @defer { name id } } }', root);
inc('dedup-all-fields-already-sent', '{ hero { id name ... @defer { id name } } }', root);
inc('dedup-nested-fragments', '{ hero { ... @defer(label: "outer") { id ... @defer(label: "inner") { id name } } } }', root);
inc('dedup-sibling-fragments', '{ hero { ... @defer(label: "a") { id name } ... @defer(label: "b") { id tags } } }', root);
inc('dedup-subfields-merged', '{ hero { bestFriend { id } ... @defer { bestFriend { name } } } }', root);
inc('dedup-subpath', '{ hero { bestFriend { id } } ... @defer(label: "root") { hero { bestFriend { name } } } }', root);

inc('dedup-spread-under-two-defers', '{ hero { ...HeroName @defer(label: "a") ...HeroName @defer(label: "b") } } fragment HeroName on Hero { name }', root);
inc('dedup-spread-deferred-after-in-place', '{ hero { ...HeroName ... @defer(label: "later") { ...HeroName id } } } fragment HeroName on Hero { name }', root);
inc('dedup-spread-in-place-inside-deferred', '{ hero { ... @defer(label: "outer") { ...HeroName ... @defer(label: "inner") { ...HeroName tags } } } } fragment HeroName on Hero { name }', root);

// Errors in deferred fragments and null bubbling.
inc('defer-nullable-error', '{ hero { id ... @defer { name } } }', { hero: hero('1', { $throw: 'bad name' }) });
inc('defer-non-null-error-at-boundary', '{ hero { id ... @defer { nonNullName } } }', { hero: { id: '1', nonNullName: null } });
inc('defer-non-null-error-bubbles-to-boundary', '{ hero { id ... @defer { nonNullBestFriend { nonNullName } } } }', { hero: { id: '1', nonNullBestFriend: { nonNullName: null } } });
inc('defer-non-null-error-inside-nullable-object', '{ hero { id ... @defer { bestFriend { nonNullName } } } }', { hero: { id: '1', bestFriend: { nonNullName: null } } });
inc('defer-non-null-list-item-error-to-boundary', '{ hero { ... @defer { nonNullFriends { nonNullName } } } }', { hero: { nonNullFriends: [han, { id: '5', nonNullName: null }] } });
inc('defer-error-shared-by-sibling-fragments', '{ hero { ... @defer(label: "a") { nonNullName } ... @defer(label: "b") { nonNullName id } } }', { hero: { id: '1', nonNullName: null } });
inc('defer-error-in-parent-drops-child', '{ hero { ... @defer(label: "outer") { nonNullName ... @defer(label: "inner") { id } } } }', { hero: { id: '1', nonNullName: null } });
inc('defer-error-in-child-keeps-parent', '{ hero { ... @defer(label: "outer") { id ... @defer(label: "inner") { nonNullName } } } }', { hero: { id: '1', nonNullName: null } });
inc('initial-error-nulls-deferred-parent', '{ hero { nonNullName ... @defer { id } } }', { hero: { id: '1', nonNullName: null } });
inc('initial-error-bubbles-past-deferred', '{ hero { nonNullBestFriend { nonNullName ... @defer { id } } } }', { hero: { nonNullBestFriend: { id: '2', nonNullName: null } } });
inc('initial-nullable-error-keeps-deferred', '{ hero { name ... @defer { id } } }', { hero: { id: '1', name: { $throw: 'bad name' } } });
inc('initial-error-nulls-root-with-deferred-root-fields', '{ nonNullHero { nonNullName } ... @defer { hero { id } } }', { nonNullHero: { nonNullName: null }, hero: luke });
inc('initial-error-nulls-root', '{ nonNullHero { nonNullName ... @defer { id } } }', { nonNullHero: { id: '1', nonNullName: null } });
inc('defer-error-in-list-item-fragment', '{ heroes { id ... @defer { nonNullName } } }', { heroes: [han, { id: '6', nonNullName: null }, leia] });

// Mutations: root fields run one after another, deferred work after the initial result.
inc('mutation-defer', 'mutation { first { id ... @defer { name } } second { id } }', { first: luke, second: han });
inc('mutation-defer-in-each-field', 'mutation { first { id ... @defer(label: "a") { name } } second { ... @defer(label: "b") { name } } }', { first: luke, second: han });
inc('mutation-defer-after-failing-field', 'mutation { first { id ... @defer { name } } failing { id } }', { first: luke, failing: null });

// @stream.
inc('stream-initial-count-0', '{ names @stream }', root);
inc('stream-initial-count-1', '{ names @stream(initialCount: 1) }', root);
inc('stream-initial-count-3', '{ names @stream(initialCount: 3) }', root);
inc('stream-initial-count-equal-to-length', '{ names @stream(initialCount: 5) }', root);
inc('stream-initial-count-beyond-length', '{ names @stream(initialCount: 9) }', root);
inc('stream-empty-list', '{ names @stream }', { names: [] });
inc('stream-null-list', '{ names @stream }', { names: null });
inc('stream-label', '{ names @stream(initialCount: 2, label: "letters") }', root);
inc('stream-if-false', '{ names @stream(if: false) }', root);
inc('stream-if-variable', 'query ($s: Boolean!) { names @stream(if: $s, initialCount: 1) }', root, { variables: { s: true } });
inc('stream-initial-count-variable', 'query ($n: Int!) { names @stream(initialCount: $n) }', root, { variables: { n: 2 } });
inc('stream-objects', '{ heroes @stream(initialCount: 1) { id name } }', root);
inc('stream-nested-lists', '{ matrix @stream(initialCount: 1) }', { matrix: [['a', 'b'], ['c'], [], null] });
inc('stream-two-lists', '{ names @stream(initialCount: 1) heroes @stream(initialCount: 2, label: "heroes") { id } }', root);
inc('stream-in-nested-field', '{ hero { friends @stream(initialCount: 1) { name } } }', root);
inc('stream-in-list-items', '{ heroes { id tags @stream } }', { heroes: [luke, { ...han, tags: ['smuggler'] }] });
inc('stream-nested-streams', '{ heroes @stream { friends @stream { id } } }', { heroes: [{ friends: [han] }, { friends: [leia, chewie] }] });
inc('stream-long-list', '{ names @stream(initialCount: 5) }', { names: Array.from({ length: 250 }, (_, i) => `n${i}`) });
inc('stream-exactly-one-slice', '{ names @stream }', { names: Array.from({ length: 100 }, (_, i) => `n${i}`) });
inc('stream-mutation', 'mutation { first { friends @stream(initialCount: 1) { id } } }', { first: luke });

inc('stream-in-each-list-item-labelled', '{ heroes { id friends @stream(initialCount: 1, label: "friends") { id } } }', {
  heroes: [{ id: '1', friends: [han, leia] }, { id: '2', friends: [chewie] }, { id: '3', friends: [] }],
});
inc('stream-negative-initial-count', '{ names @stream(initialCount: -1) }', root);
inc('stream-of-a-value-that-is-not-a-list', '{ names @stream(initialCount: -1) }', { names: 'abc' });

// Errors in streams.
inc('stream-nullable-item-error', '{ names @stream(initialCount: 1) }', { names: ['a', { $throw: 'bad item' }, 'c'] });
inc('stream-nullable-item-coercion-error', '{ names @stream }', { names: ['a', { not: 'a string' }] });
inc('stream-non-null-item-error-after-items', '{ nonNullHeroes @stream(initialCount: 1) { id } }', { nonNullHeroes: [han, leia, null, chewie] });
inc('stream-non-null-item-error-first', '{ nonNullNames @stream(initialCount: 1) }', { nonNullNames: ['a', { $throw: 'boom' }, 'c'] });
inc('stream-non-null-item-error-initial', '{ nonNullNames @stream(initialCount: 2) }', { nonNullNames: ['a', null, 'c'] });
inc('stream-non-null-list-item-error-initial', '{ nonNullNamesList @stream(initialCount: 2) }', { nonNullNamesList: ['a', null, 'c'] });
inc('stream-item-field-error', '{ heroes @stream { id nonNullName } }', { heroes: [han, { id: '7', nonNullName: null }, leia] });
inc('stream-item-nested-non-null-error', '{ nonNullHeroes @stream { id nonNullName } }', { nonNullHeroes: [han, { id: '7', nonNullName: null }, leia] });
inc('stream-nulled-by-initial-error', '{ hero { nonNullName friends @stream { id } } }', { hero: { nonNullName: null, friends: [han, leia] } });

// @defer and @stream together.
inc('defer-in-streamed-items', '{ heroes @stream(initialCount: 1) { id ... @defer { name } } }', root);
inc('stream-in-deferred-fragment', '{ hero { id ... @defer { friends @stream(initialCount: 1) { name } } } }', root);
inc('defer-and-stream-siblings', '{ hero { ... @defer { name } } heroes @stream { id } }', root);
inc('stream-and-defer-siblings', '{ heroes @stream { id } hero { ... @defer { name } } }', root);
inc('defer-in-streamed-and-initial-items', '{ a: heroes @stream { id } b: heroes @stream(initialCount: 1) { id ... @defer { name } } }', root);
inc('stream-failing-beside-stream-with-items', '{ names @stream(initialCount: 1) nonNullNames @stream(initialCount: 1) }', { names: ['a', 'b', 'c'], nonNullNames: ['x', null] });
inc('stream-ending-beside-defer', '{ hero { ... @defer { name } } names @stream(initialCount: 5) }', root);
inc('stream-in-deferred-fragment-with-nothing-left', '{ hero { ... @defer { tags @stream(initialCount: 2) } } }', root);
inc('defer-in-stream-item-in-defer', '{ hero { ... @defer(label: "outer") { friends @stream(initialCount: 1) { id ... @defer(label: "inner") { name } } } } }', root);
inc('stream-items-with-nested-stream-and-defer', '{ heroes @stream(initialCount: 1) { id friends @stream { ... @defer { name } } } }', {
  heroes: [{ id: '1', friends: [han] }, { id: '2', friends: [leia, chewie] }, { id: '3', friends: [] }],
});
inc('defer-siblings-at-three-levels', '{ ... @defer(label: "root") { scalar } hero { ... @defer(label: "hero") { name } bestFriend { ... @defer(label: "friend") { name } } } }', { ...root, scalar: 's' });
inc('nested-defers-in-stream-items', '{ heroes @stream { ... @defer(label: "a") { name ... @defer(label: "b") { id } } } }', root);
inc('long-and-short-streams', '{ names @stream(initialCount: 1) numbers: nonNullNames @stream(label: "numbers") }', {
  names: ['a', 'b'],
  nonNullNames: Array.from({ length: 130 }, (_, i) => `${i}`),
});
inc('stream-in-defer-in-stream-item', '{ heroes @stream(initialCount: 1) { id ... @defer { friends @stream { name } } } }', {
  heroes: [{ id: '1', friends: [han] }, { id: '2', friends: [leia, chewie] }],
});
inc('stream-and-defers-failing-together', '{ hero { ... @defer(label: "bad") { nonNullName } ... @defer(label: "good") { name } } nonNullNames @stream }', {
  hero: { name: 'Luke', nonNullName: null },
  nonNullNames: ['a', null],
});

// Asynchronous data: compared as delivered content (see the top of this file).
inc('async-defer', '{ hero { id ... @defer { name } } }', { hero: { id: '1', name: { $async: 'Luke' } } });
inc('async-defer-slow-sibling', '{ hero { id ... @defer(label: "slow") { name } ... @defer(label: "fast") { tags } } }', {
  hero: { id: '1', name: { $async: { $async: { $async: 'Luke' } } }, tags: ['jedi'] },
});
inc('async-defer-nested', '{ hero { ... @defer(label: "outer") { name ... @defer(label: "inner") { bestFriend { name } } } } }', {
  hero: { name: { $async: 'Luke' }, bestFriend: { $async: { name: 'Han' } } },
});
inc('async-defer-non-null-error', '{ hero { id ... @defer { nonNullName } } }', { hero: { id: '1', nonNullName: { $async: null } } });
inc('async-stream-items', '{ names @stream(initialCount: 1) }', { names: ['a', { $async: 'b' }, 'c'] });
inc('async-stream-source', '{ names @stream(initialCount: 1) }', { names: { $stream: ['a', 'b', 'c'] } });
inc('async-stream-source-empty-after-initial', '{ names @stream(initialCount: 2) }', { names: { $stream: ['a', 'b'] } });
inc('async-stream-source-objects', '{ heroes @stream { id ... @defer { name } } }', { heroes: { $stream: [han, leia] } });
inc('async-stream-non-null-item-error', '{ nonNullHeroes @stream { id } }', { nonNullHeroes: [han, { $async: null }, leia] });
inc('async-defer-in-list-items', '{ heroes { id ... @defer { name } } }', {
  heroes: [{ id: '1', name: { $async: { $async: 'slow' } } }, { id: '2', name: 'sync' }, { $async: { id: '3', name: { $async: 'late' } } }],
});
inc('async-defers-at-different-depths', '{ hero { ... @defer(label: "a") { name } bestFriend { ... @defer(label: "b") { name } bestFriend { ... @defer(label: "c") { name } } } } }', {
  hero: { name: { $async: { $async: 'a' } }, bestFriend: { $async: { name: 'b', bestFriend: { name: { $async: 'c' } } } } },
});
inc('async-two-streams', '{ names @stream(initialCount: 1) heroes @stream(label: "heroes") { id name } }', {
  names: { $stream: ['a', 'b', 'c', 'd'] },
  heroes: [han, { $async: leia }, { id: '4', name: { $async: 'Chewbacca' } }],
});
inc('async-stream-and-defer', '{ hero { ... @defer { name } } names @stream }', { hero: { name: { $async: 'Luke' } }, names: { $stream: ['a', 'b'] } });
inc('async-stream-items-with-defer', '{ heroes @stream(initialCount: 1) { id ... @defer(label: "name") { name } } }', {
  heroes: [han, { $async: { id: '3', name: { $async: 'Leia' } } }, chewie],
});
inc('async-defer-error-and-success', '{ hero { ... @defer(label: "ok") { name } ... @defer(label: "bad") { nonNullName } } }', {
  hero: { name: { $async: 'fine' }, nonNullName: { $async: { $async: null } } },
});
inc('async-root-with-defer', '{ hero { id ... @defer { name } } scalar }', { hero: { $async: luke }, scalar: { $async: 's' } });

// Validation: the four @defer/@stream rules stop a request before execution.
inc('invalid-duplicate-labels', '{ hero { ... @defer(label: "x") { id } ... @defer(label: "x") { name } } }', root);
inc('invalid-stream-on-non-list', '{ hero @stream { id } }', root);
inc('invalid-defer-on-mutation-root', 'mutation { ... @defer { first { id } } }', { first: luke });
inc('invalid-label-from-variable', 'query ($l: String) { hero { ... @defer(label: $l) { name } } }', root, { variables: { l: 'x' } });
inc('invalid-conflicting-stream', '{ names @stream(initialCount: 1) names }', root);

// Subscriptions: each event is a single result, so @defer and @stream are refused where they are active.
const heroEvents = { onHero: { $stream: [{ onHero: luke }, { onHero: han }] } };
sub('subscribe-defer-disabled', 'subscription ($d: Boolean!) { onHero { id ... @defer(if: $d) { name } } }', heroEvents, { variables: { d: false } });
sub('subscribe-defer-enabled', 'subscription ($d: Boolean!) { onHero { id ... @defer(if: $d) { name } } }', heroEvents, { variables: { d: true } });
sub('subscribe-stream-enabled', 'subscription ($s: Boolean!) { onHero { friends @stream(if: $s) { id } } }', heroEvents, { variables: { s: true } });
sub('subscribe-stream-disabled', 'subscription ($s: Boolean!) { onHero { friends @stream(if: $s) { id } } }', heroEvents, { variables: { s: false } });
sub('subscribe-defer-on-root-unvalidated', 'subscription { ... @defer { onHero { id } } }', heroEvents, { skipValidation: true });
sub('subscribe-stream-on-root-unvalidated', 'subscription { onHeroes @stream { id } }', { onHeroes: { $stream: [{ onHeroes: [luke, han] }] } }, { skipValidation: true });
sub('subscribe-defer-unconditional', 'subscription { onHero { id ... @defer { name } } }', heroEvents);
inc('subscription-operation-executed-with-defer', 'subscription ($d: Boolean!) { onHero { id ... @defer(if: $d) { name } } }', { onHero: luke }, { variables: { d: true } });
inc('subscription-operation-executed-with-stream', 'subscription ($s: Boolean!) { onHero { friends @stream(if: $s) { id } } }', { onHero: luke }, { variables: { s: true } });

export default cases;
