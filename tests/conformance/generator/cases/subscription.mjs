// Subscriptions (spec §6.2.3): source streams mapped to responses. Schema: schemas.mjs "execution".
const cases = [];

function sub(label, document, rootValue, extra = {}) {
  cases.push({ id: label, kind: 'subscribe', schema: 'execution', document, rootValue, ...extra });
}

sub('events', 'subscription { events { id message } }', { events: { $stream: [{ id: '1', message: 'a' }, { id: '2', message: 'b' }] } });
sub('events-with-alias', 'subscription { e: events { id } }', { events: { $stream: [{ id: '1' }] } });
sub('event-with-null-in-non-null', 'subscription { events { id required } }', { events: { $stream: [{ id: '1', required: 'ok' }, { id: '2' }] } });
sub('event-field-error', 'subscription { events { id message } }', { events: { $stream: [{ id: '1', message: { $throw: 'Bad message' } }] } });
sub('scalar-events', 'subscription { counter }', { counter: { $stream: [1, 2, 3] } });
sub('empty-stream', 'subscription { events { id } }', { events: { $stream: [] } });
sub('not-a-stream', 'subscription { events { id } }', { events: { id: '1' } });
sub('missing-stream', 'subscription { events { id } }', {});
sub('subscribe-error', 'subscription { events { id } }', { events: { $throw: 'Cannot subscribe' } });
sub('operation-name', 'subscription A { events { id } } subscription B { counter }', { events: { $stream: [{ id: '1' }] }, counter: { $stream: [5] } }, { operationName: 'B' });
sub('variables', 'subscription S($by: Int) { counter(by: $by) }', { counter: { $stream: [10] } }, { variables: { by: 2 } });
sub('bad-variables', 'subscription S($by: Int) { counter(by: $by) }', { counter: { $stream: [10] } }, { variables: { by: 'two' } });
sub('invalid-document', 'subscription { events { id } counter }', { events: { $stream: [] } });

export default cases;
