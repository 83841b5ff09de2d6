#!/usr/bin/env node
// `npm run bench`: every performance figure of Newsmark against its goal, with the machine it ran on, printed as
// one table and written to docs/performance.md. Timings on a shared machine are noisy: run it twice.
// BENCH_SKIP=extraction,activation,workspace,… leaves parts out; BENCH_SOURCES=1000 shrinks the archive.
import { spawnSync } from 'node:child_process';
import { statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { measureActivation } from './activation.mjs';
import { root } from './buildCore.mjs';
import { measureDecorations } from './decorations.mjs';
import { measureReanalysis } from './reanalysis.mjs';
import { generateWorkspace, measureExtract, SOURCES } from './workspace.mjs';

const skip = new Set((process.env.BENCH_SKIP ?? '').split(',').filter(Boolean));
const KB = 1024;
const MB = 1024 * 1024;
const rows = [];
const fixed = (digits) => (value) => value.toFixed(digits);

/** One line of the table: `value` is checked against its goal (`< below` or `≥ atLeast`) when there is one. */
function row(figure, value, unit, { below, atLeast, format = fixed(1) } = {}) {
  const verdict = below !== undefined ? (value < below ? '✔' : '✘') : atLeast !== undefined ? (value >= atLeast ? '✔' : '✘') : '';
  const goal = below !== undefined ? `< ${format(below)} ${unit}` : atLeast !== undefined ? `≥ ${format(atLeast)} ${unit}` : '';
  rows.push({ figure, measured: `${format(value)} ${unit}`, goal, verdict });
  console.error(`  ${verdict || '·'} ${figure}: ${format(value)} ${unit}`);
}

function note(figure, text) {
  rows.push({ figure, measured: text, goal: '', verdict: '' });
  console.error(`  · ${figure}: ${text}`);
}

function machine() {
  const cpus = os.cpus();
  return `${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, ${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB RAM, Node ${process.version}, ${os.platform()} ${os.arch()}`;
}

function extraction() {
  const run = spawnSync(process.execPath, [path.join(root, 'bench/extract-speed.mjs')], { env: { ...process.env, BENCH_SIZES: '1,5', BENCH_RUNS: '3' }, encoding: 'utf8' });
  const lines = run.stdout.split('\n');
  const largest = lines.filter((line) => /^\s+\d+ MiB\s/.test(line)).pop();
  if (!largest) return note('extraction throughput', `extract-speed.mjs failed: ${run.stderr.trim().split('\n').pop()}`);
  const [size, ours, wink, compromise] = largest.trim().split(/\s+/).filter((cell) => cell !== 'MiB').map(Number);
  row(`extraction, ${size} MiB of news (Newsmark)`, ours, 'MiB/s', { format: fixed(1) });
  // the goals bench/extract-speed.mjs states for the extraction engine
  row(`… times as fast as wink-nlp (${wink} MiB/s)`, ours / wink, '×', { atLeast: 14 });
  row(`… times as fast as compromise (${compromise} MiB/s)`, ours / compromise, '×', { atLeast: 280, format: fixed(0) });
  const startup = lines.find((line) => line.includes('engine start-up'))?.match(/([\d.]+) ms/)?.[1];
  if (startup) row('engine start-up (first two calls)', Number(startup), 'ms', { below: 20 });
}

async function reanalysis() {
  const { p50, p95, edits } = await measureReanalysis();
  row(`re-analysis after a 1-character edit, 1 MB source, p50 (${edits} edits)`, p50, 'ms', { format: fixed(0) });
  row('… p95', p95, 'ms', { below: 30, format: fixed(0) });
}

async function decorations() {
  const d = await measureDecorations();
  row(`decoration update, ${d.lines.toLocaleString('en')}-line source, visible window (${d.marksVisible} marks)`, d.visibleMs, 'ms', { format: fixed(1) });
  row(`… every mark (${d.marksAll.toLocaleString('en')}; what files under 20,000 lines get)`, d.allMs, 'ms', { format: fixed(1) });
}

function bundles() {
  const build = spawnSync(process.execPath, [path.join(root, 'esbuild.mjs'), '--production'], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) return note('bundles', `production build failed: ${build.stderr.trim()}`);
  const size = (file) => statSync(path.join(root, 'dist', file)).size / KB;
  row('Node extension bundle, minified', size('extension.node.js'), 'KB', { below: 250, format: fixed(0) });
  row('web extension bundle, minified', size('extension.web.js'), 'KB', { format: fixed(0) });
  row('CLI bundle, minified', size('cli.js'), 'KB', { format: fixed(0) });
}

async function archive() {
  console.error(`  generating ${SOURCES.toLocaleString('en')} sources…`);
  const workspace = generateWorkspace();
  try {
    note(`archive of ${SOURCES.toLocaleString('en')} sources`, `${(workspace.bytes / MB).toFixed(1)} MB (seed variants)`);
    if (!skip.has('activation')) {
      // it needs the VS Code server and Chromium; without them the rest of the table still matters
      const host = await measureActivation(workspace.dir).catch((error) => note('activation and first paint', `not measured: ${error.message.split('\n')[0]}`));
      if (host) {
        row('activation, our code (activateNewsmark, real extension host)', host.activationMs, 'ms', { below: 20 });
        row(`first paint of the tree (root: ${host.rootFolders} folders, ${host.rootSources} sources)`, host.firstPaintMs, 'ms', { below: 200, format: fixed(0) });
        note('… of which VS Code\'s readDirectory of the root (measured again after)', `${host.readDirectoryMs.toFixed(0)} ms`);
        note('… painting the root again', `${host.repaintMs.toFixed(0)} ms`);
        row(`… expanding the first folder (${host.firstFolderItems} items)`, host.expandFolderMs, 'ms', { format: fixed(0) });
      }
    }
    if (!skip.has('workspace')) {
      const extract = measureExtract(workspace.dir);
      if (extract.status !== 0) note('extract', `exit code ${extract.status}: ${extract.summary}`);
      row('`newsmark extract` of the archive (dist/cli.js, minified)', extract.seconds, 's', { below: 15 });
      row('… peak memory (max RSS)', extract.maxRss / MB, 'MB', { below: (3 * workspace.bytes) / MB, format: fixed(0) });
    }
  } finally {
    workspace.remove();
  }
}

console.error(`Newsmark benchmarks on ${machine()}`);
if (!skip.has('extraction')) extraction();
if (!skip.has('reanalysis')) await reanalysis();
if (!skip.has('decorations')) await decorations();
if (!skip.has('bundles')) bundles(); // before the archive: its extract runs the minified CLI
if (!skip.has('activation') || !skip.has('workspace')) await archive();

const width = (key) => Math.max(3, ...rows.map((r) => r[key].length));
const cells = (r) => ['figure', 'measured', 'goal', 'verdict'].map((key) => r[key].padEnd(width(key))).join(' | ');
const header = { figure: 'figure', measured: 'measured', goal: 'goal', verdict: 'met' };
const rule = ['figure', 'measured', 'goal', 'verdict'].map((key) => '-'.repeat(width(key))).join(' | ');
const table = [cells(header), rule, ...rows.map(cells)]
  .map((line) => `| ${line} |`)
  .join('\n');
console.log(`\nNewsmark benchmarks — ${new Date().toISOString().slice(0, 10)}\nmachine: ${machine()}\n\n${table}`);

if (skip.size === 0) {
  const doc = `# Performance

The latest figures of \`npm run bench\` (\`bench/bench.mjs\`), each against its goal. They come from one run on a
shared machine, so treat single figures as ±30 %; run the bench twice before believing a change.

Measured on ${new Date().toISOString().slice(0, 10)}, ${machine()}.

${table}

What each line measures:

- **extraction**: \`bench/extract-speed.mjs\` — the full \`analyze\` (quotes, speakers, figures, people) on the seeds
  cycled to 1 and 5 MiB, median of 3 warm runs; wink-nlp (tokens) and compromise (quotations) on slices of the same text.
- **re-analysis**: \`bench/reanalysis.mjs\` — 30 one-character insertions at random places in 1 MB of varied seed
  articles, each re-analysed as the editor does after the typing pause: by the source's \`IncrementalAnalyzer\`,
  which analyses again only the block the edit changed (a fresh \`analyze\` of each text is timed beside it, and
  the two results must be equal).
- **decoration update**: \`bench/decorations.mjs\` — \`decorationSpans\` (src/extension/decorationSpans.ts) plus the
  offset → line/column conversion of every range, on the seeds' annotations tiled to 100,000 lines; over 20,000
  lines the editor decorates only the visible lines and a 200-line margin.
- **activation** and **first paint**: \`bench/activation.mjs\` runs \`bench/extension-host/index.js\` in the real
  extension host (the VS Code server of \`scripts/vscode-server.mjs\`, opened by headless Chromium) on the generated
  archive; activation is what \`activateNewsmark\` measures itself (\`NewsmarkApi.activationMs\`), first paint is the
  tree's root children and their items.
- **archive**: \`bench/workspace.mjs\` writes ${SOURCES.toLocaleString('en')} seed variants (names, numbers and paragraphs
  changed) to a temp dir and runs \`node dist/cli.js extract <dir>\`; peak memory is the process's max RSS.
- **bundles**: \`node esbuild.mjs --production\`.

Where the time goes, for the goals not met (as profiled when this page was written):

- **re-analysis**: a long source is analysed in blocks of at least 16 KiB cut where no quotation crosses
  (src/core/blocks.ts); each block's quotes, speakers, people and figures are its own, and only what spans blocks
  runs over the whole text: articles and duplicates (from the blocks' classified lines), the dollar of a bare \`$\`,
  and people unified across blocks. The editor's \`IncrementalAnalyzer\` keeps each block's analysis, so an edit
  costs one block plus that composition. After it, the store's merge with the sidecar (\`annotationsFor\`, about
  30–40 ms for 1 MB with no sidecar) is the larger part of what the editor does after a pause in typing. The price:
  a fresh analysis of a long source is 20–35 % slower than the single pass was (1 MiB of cycled seeds: each block
  reads its names afresh where the single pass met them once, plus the composition), which the extraction figure
  above (seeds cycled to 5 MiB) pays too.
- **first paint**: most of it is VS Code's own \`findFiles\` over the archive (about 1.7 s of 3.1 s for 10,000
  files in one measurement); the flat list of every source cannot paint in 200 ms on that.
- **extract**: per source, writing the YAML (the \`yaml\` library's document model) and the fsync of each atomic
  write cost more than the analysis.
- **bundle**: \`yaml\` is 112 KB of the minified Node bundle, the extractor 54 KB, \`csv-stringify\` 32 KB,
  \`@cfworker/json-schema\` 22 KB, \`minimatch\` 21 KB.
`;
  writeFileSync(path.join(root, 'docs', 'performance.md'), doc);
  console.error('\nwritten to docs/performance.md');
}
