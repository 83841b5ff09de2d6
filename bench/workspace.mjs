// A generated archive of 10,000 sources (seed variants, 100 per folder) in a temp dir, and the full
// `node dist/cli.js extract <dir>` on it: wall time and peak memory against the corpus size. The CLI shows its
// progress line when this bench's stderr is a terminal.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { root } from './buildCore.mjs';
import { seedTexts, variant } from './corpus.mjs';

export const SOURCES = Number(process.env.BENCH_SOURCES ?? 10_000);
const PER_FOLDER = 100;

/** Writes the archive; returns its folder and total size in bytes. `remove()` deletes it. */
export function generateWorkspace() {
  const base = mkdtempSync(path.join(os.tmpdir(), 'newsmark-archive-'));
  const dir = path.join(base, 'archive');
  const seeds = seedTexts();
  let bytes = 0;
  for (let n = 0; n < SOURCES; n++) {
    const folder = path.join(dir, `batch-${String(Math.floor(n / PER_FOLDER)).padStart(3, '0')}`);
    if (n % PER_FOLDER === 0) mkdirSync(folder, { recursive: true });
    const text = variant(seeds[n % seeds.length], n);
    bytes += Buffer.byteLength(text);
    writeFileSync(path.join(folder, `article-${String(n).padStart(5, '0')}.txt`), text);
  }
  return { dir, bytes, remove: () => rmSync(base, { recursive: true, force: true }) };
}

/** Runs the CLI's extract on `dir`; returns wall seconds, peak RSS and the CLI's summary line. */
export function measureExtract(dir) {
  const rssFile = path.join(path.dirname(dir), 'maxrss');
  const showProgress = process.stderr.isTTY === true;
  const t0 = performance.now();
  const run = spawnSync(process.execPath, ['-r', path.join(root, 'bench/maxrss.cjs'), path.join(root, 'dist/cli.js'), 'extract', dir], {
    env: { ...process.env, NEWSMARK_MAXRSS_FILE: rssFile },
    stdio: ['ignore', 'ignore', showProgress ? 'inherit' : 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = (performance.now() - t0) / 1000;
  const summary = showProgress ? '' : (run.stderr?.toString().trim().split('\n').pop() ?? '');
  return { seconds, maxRss: Number(readFileSync(rssFile, 'utf8')), summary, status: run.status };
}

// `node bench/workspace.mjs`: the archive on its own, extracted twice — the first run writes every sidecar, the
// re-run finds them all unchanged (both count: people re-extract after every extractor update). The machine may
// be shared: the load average is printed with each figure.
if (import.meta.url === `file://${process.argv[1]}`) {
  const workspace = generateWorkspace();
  const MB = 1024 * 1024;
  const load = () => os.loadavg()[0].toFixed(2);
  console.log(`${SOURCES} sources, ${(workspace.bytes / MB).toFixed(1)} MB, load ${load()}`);
  try {
    for (const run of ['first run', 're-run']) {
      const { seconds, maxRss, summary, status } = measureExtract(workspace.dir);
      console.log(`${run}: ${seconds.toFixed(2)} s, peak RSS ${(maxRss / MB).toFixed(0)} MB, exit ${status}, load ${load()}${summary ? ` — ${summary}` : ''}`);
    }
  } finally {
    workspace.remove();
  }
}
