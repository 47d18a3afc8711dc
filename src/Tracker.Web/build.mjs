// Builds the dashboard into dist/: hashed bundles (JS, CSS), the map data from us-atlas, their brotli and gzip
// forms, the persisted documents the server preloads, and index.html pointing at the hashed names.
// Run by the .NET build of src/Tracker.Api (after npm ci); nothing here fetches anything.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import * as esbuild from 'esbuild';
import { geoPath } from 'd3-geo';
import { feature, mesh } from 'topojson-client';

const root = import.meta.dirname;
const dist = join(root, 'dist');
const assets = join(dist, 'assets');
/** All JavaScript, CSS and map data, brotli-compressed, must stay under this (the budget). */
const budgetBytes = 400 * 1024;

const hashOf = (bytes) => createHash('sha256').update(bytes).digest('hex');
const shortHash = (bytes) => hashOf(bytes).slice(0, 12);

// Type-check first: esbuild only strips types.
try {
  execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', root], { stdio: 'inherit' });
} catch {
  console.error('dashboard: the TypeScript sources do not type-check (errors above)');
  process.exit(1);
}

rmSync(dist, { recursive: true, force: true });
mkdirSync(assets, { recursive: true });
mkdirSync(join(dist, 'queries'), { recursive: true });

// Map data from us-atlas's pre-projected (Albers USA) TopoJSON, under hashed names. The states, drawn first, are
// turned into SVG paths here (to a tenth of a pixel of the 975 x 610 frame), so the browser's first view parses
// them and draws, with no TopoJSON decoding or path building on its busiest moment; the counties, drawn on
// demand, stay TopoJSON (a quarter the size of their paths).
const mapFiles = {};
const writeMapFile = (key, stem, bytes) => {
  const name = `${stem}-${shortHash(bytes)}.json`;
  writeFileSync(join(assets, name), bytes);
  mapFiles[key] = `/assets/${name}`;
};
{
  const topology = JSON.parse(readFileSync(join(root, 'node_modules/us-atlas/states-albers-10m.json'), 'utf8'));
  const path = geoPath().digits(1);
  const collection = topology.objects.states;
  const states = feature(topology, collection).features.map((f) => ({ fips: String(f.id), name: f.properties?.name ?? String(f.id), path: path(f) ?? '' }));
  const borders = path(mesh(topology, collection, (a, b) => a !== b)) ?? '';
  writeMapFile('STATES', 'states-paths', Buffer.from(JSON.stringify({ states, borders }), 'utf8'));
}
writeMapFile('COUNTIES', 'counties-albers-10m', readFileSync(join(root, 'node_modules/us-atlas/counties-albers-10m.json')));

// Persisted documents: each .graphql file is registered with the server under the SHA-256 of its exact text;
// the bundle carries the hash (sent by GET) and the text (sent once if a server does not know the hash).
const documents = {};
for (const file of readdirSync(join(root, 'queries')).filter((f) => f.endsWith('.graphql')).sort()) {
  const text = readFileSync(join(root, 'queries', file), 'utf8');
  documents[basename(file, '.graphql')] = { hash: hashOf(Buffer.from(text, 'utf8')), text };
  copyFileSync(join(root, 'queries', file), join(dist, 'queries', file));
}
const graphqlPlugin = {
  name: 'persisted-documents',
  setup(build) {
    build.onLoad({ filter: /\.graphql$/ }, (args) => {
      const name = basename(args.path, '.graphql');
      if (!documents[name]) throw new Error(`${args.path} is not in queries/`);
      return { contents: `export default ${JSON.stringify({ name, ...documents[name] })};`, loader: 'js' };
    });
  },
};

const result = await esbuild.build({
  entryPoints: { app: join(root, 'src/main.ts'), styles: join(root, 'src/styles/app.css') },
  bundle: true,
  minify: true,
  format: 'esm',
  target: ['chrome110', 'firefox110', 'safari16'],
  outdir: assets,
  entryNames: '[name]-[hash]',
  metafile: true,
  legalComments: 'none',
  define: { __STATES_URL__: JSON.stringify(mapFiles.STATES), __COUNTIES_URL__: JSON.stringify(mapFiles.COUNTIES) },
  plugins: [graphqlPlugin],
  logLevel: 'warning',
});
const outputs = Object.keys(result.metafile.outputs).map((p) => basename(p));
const script = outputs.find((f) => f.startsWith('app-') && f.endsWith('.js'));
const stylesheet = outputs.find((f) => f.startsWith('styles-') && f.endsWith('.css'));
for (const f of outputs.filter((f) => f.startsWith('styles-') && f.endsWith('.js'))) rmSync(join(assets, f));

// The first view's query (the map today: MapStatuses without variables) as the exact GET the client sends, for
// index.html to preload beside the script; the server fills {{ENDPOINT}} in.
const firstQuery = `{{ENDPOINT}}?${new URLSearchParams({ extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: documents.MapStatuses.hash } }) })}`;
const html = readFileSync(join(root, 'index.html'), 'utf8')
  .replaceAll('{{FIRST_QUERY}}', firstQuery)
  .replaceAll('{{SCRIPT}}', `/assets/${script}`)
  .replaceAll('{{STYLESHEET}}', `/assets/${stylesheet}`)
  .replaceAll('{{STATES}}', mapFiles.STATES);
writeFileSync(join(dist, 'index.html'), html);

// Precompressed forms, so the server sends brotli or gzip without compressing per request.
const sizes = [];
for (const file of readdirSync(assets).sort()) {
  const bytes = readFileSync(join(assets, file));
  const brotli = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } });
  const gzip = gzipSync(bytes, { level: 9 });
  writeFileSync(join(assets, file + '.br'), brotli);
  writeFileSync(join(assets, file + '.gz'), gzip);
  sizes.push({ file, bytes: bytes.length, brotli: brotli.length, gzip: gzip.length });
}
const total = (key) => sizes.reduce((sum, s) => sum + s[key], 0);
const manifest = { script, stylesheet, map: mapFiles, documents: Object.fromEntries(Object.entries(documents).map(([k, v]) => [k, v.hash])), sizes, totalBytes: total('bytes'), totalBrotli: total('brotli'), totalGzip: total('gzip'), budgetBrotli: budgetBytes };
writeFileSync(join(dist, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
const kb = (n) => (n / 1024).toFixed(1) + ' KB';
console.log(`dashboard: ${sizes.length} assets, ${kb(total('bytes'))} raw, ${kb(total('brotli'))} brotli, ${kb(total('gzip'))} gzip (budget ${kb(budgetBytes)} brotli)`);
if (total('brotli') > budgetBytes) {
  console.error(`dashboard: the assets exceed the budget: ${kb(total('brotli'))} brotli > ${kb(budgetBytes)}`);
  process.exit(1);
}
