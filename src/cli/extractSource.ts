import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { analyze } from '../core/analyze';
import { updateSidecar } from '../core/sidecar';
import { SIDECAR_SUFFIX } from '../core/sourceFiles';
import { AtomicWriter, NEW_FILE_MODE } from './atomicWrite';
import { readSource } from './readSource';

/** What extracting one source did, and the lines to report for it (in the order the person should read them). */
export interface SourceOutcome {
  status: 'written' | 'unchanged' | 'failed';
  messages: string[];
}

/**
 * Writes or merges one source's sidecar. A sidecar that does not parse or validate is reported as
 * `path:line:column: message` and left untouched; any error becomes a `failed` outcome, never an exception.
 */
export async function extractSource(source: string, writer: AtomicWriter): Promise<SourceOutcome> {
  const sidecarPath = `${source}${SIDECAR_SUFFIX}`;
  try {
    const { text, problem } = readSource(source);
    if (problem) return failed(`${source}: ${problem.message}`);
    const existing = await readExistingSidecar(sidecarPath);
    const result = updateSidecar(existing?.text ?? null, { name: path.basename(source), text }, analyze(text));
    if ('problems' in result) return failed(...result.problems.map((p) => `${sidecarPath}:${p.line}:${p.column}: ${p.message}`));
    if (result.text === existing?.text) return { status: 'unchanged', messages: [] };
    await writer.write(sidecarPath, result.text, existing?.mode ?? NEW_FILE_MODE);
    return { status: 'written', messages: [] };
  } catch (error) {
    return failed(`${source}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function failed(...messages: string[]): SourceOutcome {
  return { status: 'failed', messages };
}

/**
 * The sidecar's text and mode, or null when there is none. Only a regular file is read: a named pipe would block
 * forever. Asked asynchronously: a stat in a folder where the previous sources' sidecars are being renamed and
 * fsync'd waits for them, and that wait must not hold up the next source's analysis on this thread.
 */
async function readExistingSidecar(sidecarPath: string): Promise<{ text: string; mode: number } | null> {
  const stats = await stat(sidecarPath).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null; // the common case of a first run
    throw error;
  });
  if (!stats) return null;
  const kind = stats.isFile() ? 'file' : stats.isDirectory() ? 'directory' : 'other';
  const mode = stats.mode & 0o7777;
  if (kind !== 'file') throw new Error(`${sidecarPath} is ${kind === 'directory' ? 'a directory' : 'not a regular file'}, not a sidecar; move it away and run again`);
  return { text: await readFile(sidecarPath, 'utf8'), mode };
}

/**
 * Extracts `sources` on this thread, up to `inFlight` at once so one source's write (fsync) overlaps the next
 * one's analysis; `done(i, outcome)` is called as each finishes, in any order. Folders are fsync'd at the end.
 */
export async function extractSources(sources: readonly string[], done: (index: number, outcome: SourceOutcome) => void, inFlight = 8): Promise<void> {
  const writer = new AtomicWriter();
  await forEachAtMost(sources.length, inFlight, async (i) => done(i, await extractSource(sources[i], writer)));
  await writer.syncFolders();
}

/** Runs `job(0…count-1)` with at most `limit` running at once, in index order. */
async function forEachAtMost(count: number, limit: number, job: (index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < count) await job(next++);
  };
  await Promise.all(Array.from({ length: Math.min(limit, count) }, lane));
}
