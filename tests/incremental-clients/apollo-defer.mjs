// Apollo Client 4 runs a query with @defer against the tracker and prints, one JSON line each, every multipart part
// that arrives ("chunk") and every result Apollo emits ("result"). Usage: node apollo-defer.mjs <graphql endpoint> <code>
// Apollo's default incremental handler refuses @defer; GraphQL17Alpha9Handler reads graphql-js 17's payloads
// (pending / incremental / completed), which the tracker writes, and asks for multipart/mixed;incrementalSpec=v0.2.
import { ApolloClient, HttpLink, InMemoryCache, gql } from "@apollo/client";
import { GraphQL17Alpha9Handler } from "@apollo/client/incremental";

const [endpoint, code] = process.argv.slice(2);
if (!endpoint || !code) {
  console.error("usage: node apollo-defer.mjs <graphql endpoint> <jurisdiction code>");
  process.exit(2);
}

const print = (kind, value) => console.log(JSON.stringify({ kind, ...value }));
const recordings = [];

// Records what the server sends, part by part, before Apollo merges it: the deferred history must come later.
async function recordingFetch(url, init) {
  const response = await fetch(url, init);
  print("response", { status: response.status, contentType: response.headers.get("content-type"), accept: new Headers(init.headers).get("accept") });
  if (!response.body) {
    return response;
  }
  const [forApollo, forUs] = response.body.tee();
  recordings.push((async () => {
    const decoder = new TextDecoder();
    let buffered = "";
    for await (const bytes of forUs) {
      buffered += decoder.decode(bytes, { stream: true });
      let end;
      // Each part ends where the next delimiter starts; the JSON body follows the blank line of its headers.
      while ((end = buffered.indexOf("\r\n---", 1)) > 0) {
        const part = buffered.slice(0, end);
        buffered = buffered.slice(end + "\r\n---".length);
        const body = part.slice(part.indexOf("\r\n\r\n") + 4);
        if (body.trim()) {
          print("chunk", { payload: JSON.parse(body) });
        }
      }
    }
  })().catch((error) => print("chunk-error", { message: String(error) })));
  return new Response(forApollo, { status: response.status, statusText: response.statusText, headers: response.headers });
}

const client = new ApolloClient({
  link: new HttpLink({ uri: endpoint, fetch: recordingFetch }),
  cache: new InMemoryCache(),
  incrementalHandler: new GraphQL17Alpha9Handler(),
});

const query = gql`
  query JurisdictionWithHistory($code: String!) {
    jurisdiction(code: $code) {
      id
      code
      name
      status
      ... @defer(label: "history") {
        statusEvents(first: 5) {
          totalCount
          nodes {
            id
            status
            effectiveOn
          }
        }
      }
    }
  }
`;

const timer = setTimeout(() => {
  print("timeout", {});
  process.exit(3);
}, 60_000);

client.watchQuery({ query, variables: { code } }).subscribe({
  next(result) {
    print("result", { dataState: result.dataState, loading: result.loading, data: result.data, error: result.error ? String(result.error) : undefined });
    if (result.dataState === "complete" || result.error) {
      // The recording ends with the response body; the timer above bounds the wait.
      Promise.all(recordings).then(() => {
        clearTimeout(timer);
        process.exit(result.error ? 1 : 0);
      });
    }
  },
  error(error) {
    print("error", { message: String(error) });
    process.exit(1);
  },
});
