// Subscriptions (spec §6.2.3): a source stream mapped to responses. Schema: schemas.mjs "execution".
//
// Each value a "$stream" yields is a source event; as in graphql-js, the event is the root value the
// selection set executes against (MapSourceToResponseEvent), so an event carries the subscribed field by
// name: {"events": {...}}. Conventions inside events ($throw, $async) work as everywhere else.
const cases = [];

function sub(label, document, rootValue, extra = {}) {
  cases.push({ id: label, kind: 'subscribe', schema: 'execution', document, rootValue, ...extra });
}

const event = (id, message) => ({ events: { id, message } });

// Events and their results.
sub('events', 'subscription { events { id message } }', { events: { $stream: [event('1', 'a'), event('2', 'b')] } });
sub('events-with-alias', 'subscription { e: events { id } }', { events: { $stream: [event('1', 'x')] } });
sub('event-with-null-in-non-null', 'subscription { events { id required } }', { events: { $stream: [{ events: { id: '1', required: 'ok' } }, { events: { id: '2' } }] } });
sub('event-field-error', 'subscription { events { id message } }', { events: { $stream: [{ events: { id: '1', message: { $throw: 'Bad message' } } }, event('2', 'fine')] } });
sub('event-root-field-error', 'subscription { events { id } }', { events: { $stream: [{ events: { $throw: 'Bad event' } }, event('2', 'b')] } });
sub('event-missing-field', 'subscription { events { id } }', { events: { $stream: [{ other: 1 }, event('2', 'b')] } });
sub('event-async-values', 'subscription { events { id message } }', { events: { $stream: [{ events: { $async: { id: '1', message: { $async: 'later' } } } }] } });
sub('event-async-null-in-non-null', 'subscription { events { id } }', { events: { $stream: [{ events: { id: { $async: null } } }] } });
sub('scalar-events', 'subscription { counter }', { counter: { $stream: [{ counter: 1 }, { counter: 2 }, { counter: 3 }] } });
sub('scalar-event-coercion-error', 'subscription { counter }', { counter: { $stream: [{ counter: 1.5 }, { counter: '7' }] } });
sub('list-events', 'subscription { eventList { id } }', { eventList: { $stream: [{ eventList: [{ id: '1' }, { id: '2' }] }, { eventList: [] }] } });
sub('list-event-null-item', 'subscription { eventList { id } }', { eventList: { $stream: [{ eventList: [{ id: '1' }, null] }] } });
sub('typename-in-event', 'subscription { events { __typename id } }', { events: { $stream: [event('1', 'x')] } });
sub('fragments-in-subscription', 'subscription { ...S } fragment S on Subscription { events { ...E } } fragment E on Event { id message }', { events: { $stream: [event('1', 'x')] } });
sub('empty-stream', 'subscription { events { id } }', { events: { $stream: [] } });
sub('many-events', 'subscription { counter }', { counter: { $stream: Array.from({ length: 25 }, (_, i) => ({ counter: i })) } });

// Arguments of the subscription field: the resolver that creates the stream and each event see them.
sub('variables', 'subscription S($by: Int) { counter(by: $by) }', { counter: { $stream: [{ counter: 10 }] } }, { variables: { by: 2 } });
sub('arguments-seen-by-event-resolver', 'subscription S($i: Int) { echo(int: $i, input: {a: 1}) }', { echo: { $stream: [{ echo: { $args: true } }] } }, { variables: { i: 5 } });
sub('bad-variables', 'subscription S($by: Int) { counter(by: $by) }', { counter: { $stream: [{ counter: 10 }] } }, { variables: { by: 'two' } });

// Creating the source stream.
sub('not-a-stream', 'subscription { events { id } }', { events: { id: '1' } });
sub('not-a-stream-list', 'subscription { events { id } }', { events: [event('1', 'a')] });
sub('not-a-stream-string', 'subscription { counter }', { counter: 'text' });
sub('missing-stream', 'subscription { events { id } }', {});
sub('subscribe-error', 'subscription { events { id } }', { events: { $throw: 'Cannot subscribe' } });
sub('subscribe-async-error', 'subscription { events { id } }', { events: { $async: { $throw: 'Cannot subscribe later' } } });
sub('subscribe-async-stream', 'subscription { events { id } }', { events: { $async: { $stream: [event('1', 'a')] } } });
sub('subscribe-error-with-alias', 'subscription { renamed: events { id } }', { events: { $throw: 'Aliased failure' } });

// Operation selection and validation.
sub('operation-name', 'subscription A { events { id } } subscription B { counter }', { events: { $stream: [event('1', 'a')] }, counter: { $stream: [{ counter: 5 }] } }, { operationName: 'B' });
sub('operation-name-unknown', 'subscription A { events { id } }', { events: { $stream: [] } }, { operationName: 'Z' });
sub('operation-name-required', 'subscription A { events { id } } subscription B { counter }', { events: { $stream: [] } });
sub('invalid-document', 'subscription { events { id } counter }', { events: { $stream: [] } });
sub('unvalidated-unknown-field', 'subscription { nope }', {}, { skipValidation: true });
sub('unvalidated-not-configured', 'subscription { a }', {}, { skipValidation: true, schema: 'starWars' });

export default cases;
