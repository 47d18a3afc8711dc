import { graphqlEndpoint } from '../config';

export interface PersistedDocument {
  readonly name: string;
  readonly hash: string;
  readonly text: string;
}

interface GraphQLError {
  readonly message: string;
  readonly extensions?: { readonly code?: string };
}

interface GraphQLResponse<T> {
  readonly data?: T | null;
  readonly errors?: readonly GraphQLError[];
}

/** A request the server refused or could not answer; the message is the server's. */
export class ApiError extends Error {
  constructor(message: string, readonly code?: string) {
    super(message);
  }
}

const ACCEPT = 'application/graphql-response+json, application/json;q=0.9';

/**
 * Runs a persisted query by GET, sending only its hash and variables, so the URL is the same for every reader and
 * HTTP caches can hold the answer. A server that does not know the hash (another deployment without the preloaded
 * documents) answers PERSISTED_QUERY_NOT_FOUND; the document is then sent once with its hash by POST (automatic
 * persisted queries), after which GET works there too.
 */
export async function query<T>(document: PersistedDocument, variables?: Record<string, unknown>, signal?: AbortSignal): Promise<T> {
  let response = await getPersisted<T>(document, variables, signal);
  if (response.errors?.some((e) => e.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND')) {
    response = await postPersisted<T>(document, variables, signal);
  }
  if (response.errors?.length && !response.data) {
    throw new ApiError(response.errors.map((e) => e.message).join(' '), response.errors[0].extensions?.code);
  }
  if (!response.data) throw new ApiError('The server sent no data.');
  return response.data;
}

async function getPersisted<T>(document: PersistedDocument, variables: Record<string, unknown> | undefined, signal?: AbortSignal): Promise<GraphQLResponse<T>> {
  const url = graphqlEndpoint();
  url.searchParams.set('extensions', JSON.stringify({ persistedQuery: { version: 1, sha256Hash: document.hash } }));
  if (variables && Object.keys(variables).length > 0) url.searchParams.set('variables', JSON.stringify(variables));
  // No headers of its own (the server answers JSON to fetch's default Accept), so that the first view's GET is the
  // very request index.html preloads and the browser hands over the preloaded answer instead of asking again.
  return read<T>(await fetch(url, { signal }));
}

async function postPersisted<T>(document: PersistedDocument, variables: Record<string, unknown> | undefined, signal?: AbortSignal): Promise<GraphQLResponse<T>> {
  const body = JSON.stringify({ query: document.text, variables, extensions: { persistedQuery: { version: 1, sha256Hash: document.hash } } });
  return read<T>(await fetch(graphqlEndpoint(), { method: 'POST', headers: { Accept: ACCEPT, 'Content-Type': 'application/json' }, body, signal }));
}

async function read<T>(response: Response): Promise<GraphQLResponse<T>> {
  const type = response.headers.get('Content-Type') ?? '';
  if (!type.includes('json')) throw new ApiError(`The server answered ${response.status} ${response.statusText}.`);
  return (await response.json()) as GraphQLResponse<T>;
}
