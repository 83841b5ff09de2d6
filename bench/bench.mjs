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
  const { p50, p95, edits, worker } = await measureReanalysis();
  row(`re-analysis after a 1-character edit, 1 MB source, p50 (${edits} edits)`, p50, 'ms', { format: fixed(0) });
  row('… p95', p95, 'ms', { below: 30, format: fixed(0) });
  row('… through the worker thread, as the Node extension asks (p50)', worker.p50, 'ms', { format: fixed(0) });
  row('… through the worker thread (p95)', worker.p95, 'ms', { below: 30, format: fixed(0) });
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
  row('… its analysis worker (dist/analysisWorker.js, loaded in a worker thread)', size('analysisWorker.js'), 'KB', { format: fixed(0) });
  row('web extension bundle, minified (analysis in its own thread)', size('extension.web.js'), 'KB', { format: fixed(0) });
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
  cycled to 1 and 5 MiB, median of 3 runs after 2 s of warm-up (the JIT settled) for every contender; wink-nlp (tokens) and compromise (quotations) on slices of the same text.
- **re-analysis**: \`bench/reanalysis.mjs\` — 30 one-character insertions at random places in 1 MB of varied seed
  articles, each re-analysed as the editor does after the typing pause: by the source's \`IncrementalAnalyzer\`,
  which analyses again only the block the edit changed (a fresh \`analyze\` of each text is timed beside it, and
  the two results must be equal); then the same edits through the Node extension's \`AnalysisClient\` to the
  worker thread, the copies of the text and the analysis between threads included.
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

Where the time and the bytes go (as profiled on 2026-12-03):

- **extraction**: the profile is flat — no stage over a third: people (collectPeople) and speaker attribution
  about 30 % each, figures 18 %, segmentation 11 %, quotation marks 4 %. One analysis of 5 MiB allocates about
  68 MB (heap sampling with collected objects kept): attribution's window tokens 8 MB, regex match objects 5,
  the lines 5. Its CPU time is ~10 % system time: this machine's page faults are dear (a fresh 150 KB large
  object costs ~0.5 ms), and V8 hands young-generation pages back between analyses; with
  \`--max-semi-space-size=64\` the CPU time drops ~19 %, but the wall time only ~3 % (the scavenges run on the
  other core) and the worker's p95 after an edit gets worse, so the default stays. A text over 64 KiB is
  analysed in blocks (src/core/blocks.ts) so that the editor can re-analyse one block after an edit; the blocks
  of a fresh analysis go through the stages together (every block's quotation marks, then every block's people,
  …), which is 11–16 % faster than block by block. Such an analysis still costs 1.17× one whole-text pass in CPU
  time on the seeds cycled and 1.29× on varied news (5 MiB; sources of a normal size are one block): about 10
  points are the scanners reading a block through V8's sliced-string view (a flat copy of each block is dearer
  still: it is a large object), the rest each block's own people and their unifying (16 ms on varied news). The
  next steps are scanners that read the flat source between a block's bounds,
  token-free attribution windows and one shared pre-scan of the text (line, sentence, capitalised-run and digit
  positions) instead of each stage scanning on its own.
- **re-analysis**: the editor's \`IncrementalAnalyzer\` keeps each block's analysis, so an edit costs one block,
  the people unified across blocks (about 4 ms for 1 MB, mostly \`PersonIndex.addName\`) and the articles over
  the whole text. After it, the store's merge with the sidecar (\`annotationsFor\`, 30–40 ms for 1 MB) is the
  larger part of what the editor does after a pause in typing.
- **extract**: per source on two threads: analysis about 2 ms, the merge 0.6, printing a new sidecar 0.2 (without
  the \`yaml\` Document when there is no sidecar yet: src/core/sidecar/canonical.ts writes the same bytes), the
  atomic write with its fsync about 1 ms.
- **bundle**: the Node extension runs the analysis (the extractor and the people code, about 120 KB with the
  first-name lexicon) in a worker thread from \`dist/analysisWorker.js\`, so the editor's thread stays free while
  a long source is analysed and the extension's own bundle holds \`yaml\` (its ES-module build, about 95 KB), the
  views and commands (55 KB), \`@cfworker/json-schema\` 22 KB, \`minimatch\` with \`brace-expansion\` 25 KB and the
  sidecar model 21 KB; export and import (with \`csv-stringify\`) load from \`dist/exchange.js\` on first use. The
  web extension host is itself a worker, so there the analysis runs in its thread.
`;
  writeFileSync(path.join(root, 'docs', 'performance.md'), doc);
  console.error('\nwritten to docs/performance.md');
}
