import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { analyze } from '../core/analyze';
import { updateSidecar } from '../core/sidecar';
import { SIDECAR_SUFFIX } from '../core/sourceFiles';
import { atomicWriteFileSync } from './atomicWrite';
import { readSource } from './readSource';
import { collectSources } from './sourceWalk';

/** Show a progress line from this many sources on (when stderr is a terminal). */
const PROGRESS_FROM = 20;

export interface ExtractSummary {
  sources: number;
  written: number;
  unchanged: number;
  failed: number;
}

/**
 * `newsmark extract <file|folder>...`: writes or merges `<source>.annotations.yaml` beside every source.
 * A sidecar that does not parse or validate is reported as `path:line:column: message` and left untouched;
 * the other sources are still done and the exit code is 1.
 */
export function runExtract(paths: readonly string[], err: NodeJS.WritableStream & { isTTY?: boolean; columns?: number } = process.stderr): number {
  const sources = collectSources(paths);
  const summary: ExtractSummary = { sources: sources.length, written: 0, unchanged: 0, failed: 0 };
  const progress = err.isTTY === true && sources.length >= PROGRESS_FROM;
  let shown = false;
  const clear = () => {
    if (shown) err.write('\r\x1b[2K');
    shown = false;
  };
  const report = (line: string) => {
    clear();
    err.write(`${line}\n`);
  };
  sources.forEach((source, i) => {
    if (progress) {
      const line = `extracting ${i + 1}/${sources.length} ${source}`;
      const width = Math.max(20, (err.columns ?? 80) - 1);
      err.write(`\r\x1b[2K${line.length > width ? `…${line.slice(line.length - width + 1)}` : line}`);
      shown = true;
    }
    const sidecarPath = `${source}${SIDECAR_SUFFIX}`;
    try {
      const { text, problem } = readSource(source);
      if (problem) {
        report(`${source}: ${problem.message}`);
        summary.failed++;
        return;
      }
      const existing = readExistingSidecar(sidecarPath);
      const result = updateSidecar(existing, { name: path.basename(source), text }, analyze(text));
      if ('problems' in result) {
        for (const p of result.problems) report(`${sidecarPath}:${p.line}:${p.column}: ${p.message}`);
        summary.failed++;
        return;
      }
      if (result.text === existing) {
        summary.unchanged++;
        return;
      }
      atomicWriteFileSync(sidecarPath, result.text);
      summary.written++;
    } catch (error) {
      report(`${source}: ${error instanceof Error ? error.message : String(error)}`);
      summary.failed++;
    }
  });
  clear();
  err.write(`${summary.sources} source${summary.sources === 1 ? '' : 's'}: ${summary.written} written, ${summary.unchanged} unchanged, ${summary.failed} failed\n`);
  return summary.failed > 0 ? 1 : 0;
}

/** The sidecar's text, or null when there is none. Only a regular file is read: a named pipe would block forever. */
function readExistingSidecar(sidecarPath: string): string | null {
  let kind: 'file' | 'directory' | 'other';
  try {
    const stats = statSync(sidecarPath);
    kind = stats.isFile() ? 'file' : stats.isDirectory() ? 'directory' : 'other';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  if (kind !== 'file') throw new Error(`${sidecarPath} is ${kind === 'directory' ? 'a directory' : 'not a regular file'}, not a sidecar; move it away and run again`);
  return readFileSync(sidecarPath, 'utf8');
}
