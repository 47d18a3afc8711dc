/** A persisted document: its operation name, the SHA-256 of its text (what the server knows it by) and the text. */
declare module '*.graphql' {
  const document: { readonly name: string; readonly hash: string; readonly text: string };
  export default document;
}

/** Hashed URLs of the map data, set by build.mjs. */
declare const __STATES_URL__: string;
declare const __COUNTIES_URL__: string;
