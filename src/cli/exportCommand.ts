import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { analyze } from '../core/analyze';
import { EXPORT_FORMATS, exportAnnotations, isExportFormat, type ExportFormat, type ExportSource } from '../core/export';
import { annotationsFor } from '../core/sidecar';
import { atomicWriteFileSync } from './atomicWrite';
import { readSource } from './readSource';
import { collectSources } from './sourceWalk';

export const EXPORT_USAGE = `newsmark export <file|folder>... --format json|jsonl|csv|md|w3c|brat [--out PATH] [--only-confirmed] [--include-rejected] [--bom] [--base-uri URI]`;

export interface ExportArgs {
  paths: string[];
  format: ExportFormat;
  out?: string;
  onlyConfirmed: boolean;
  includeRejected: boolean;
  bom: boolean;
  baseUri?: string;
}

/** Reads `export`'s arguments; a string is the error to print. */
export function parseExportArgs(args: readonly string[]): ExportArgs | string {
  const paths: string[] = [];
  let format: string | undefined;
  let out: string | undefined;
  let baseUri: string | undefined;
  const flags = new Set<string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => inline ?? args[++i];
    if (name === '--format' || name === '-f') format = value();
    else if (name === '--out' || name === '-o') out = value();
    else if (name === '--base-uri') baseUri = value();
    else if (name === '--only-confirmed' || name === '--include-rejected' || name === '--bom') flags.add(name);
    else if (name.startsWith('-')) return `unknown option '${arg}'`;
    else paths.push(arg);
  }
  if (!format) return `name a format: --format ${EXPORT_FORMATS.map((f) => f.format).join('|')}`;
  if (!isExportFormat(format)) return `unknown format '${format}' (${EXPORT_FORMATS.map((f) => f.format).join(', ')})`;
  if (out === '') return '--out needs a path';
  if (!paths.length) return 'name at least one file or folder';
  if (format === 'brat' && !out) return 'brat writes a folder of files: give it with --out DIR';
  return { paths, format, out, onlyConfirmed: flags.has('--only-confirmed'), includeRejected: flags.has('--include-rejected'), bom: flags.has('--bom'), baseUri };
}

/**
 * `newsmark export <file|folder>... --format F [--out PATH]`: the annotations of every source (its sidecar
 * `<source>.annotations.yaml` merged with a fresh analysis) in one file — on stdout without `--out` — or, for
 * brat, a folder of `.txt` + `.ann` files.
 */
export function runExport(args: readonly string[], out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): number {
  if (args.includes('-h') || args.includes('--help')) {
    out.write(`Usage: ${EXPORT_USAGE}\n`);
    return 0;
  }
  const parsed = parseExportArgs(args);
  if (typeof parsed === 'string') {
    err.write(`newsmark export: ${parsed}\nUsage: ${EXPORT_USAGE}\n`);
    return 2;
  }
  const sources: ExportSource[] = [];
  // a source whose sidecar cannot be read is exported as the machine sees it, and the exit code says so
  let broken = 0;
  for (const file of collectSources(parsed.paths)) {
    const { text, problem } = readSource(file);
    if (problem) err.write(`newsmark: ${file}: ${problem.message}\n`);
    const sidecarFile = `${file}.annotations.yaml`;
    const sidecar = existsSync(sidecarFile) ? readFileSync(sidecarFile, 'utf8') : null;
    const merged = annotationsFor(sidecar, text, analyze(text));
    for (const p of merged.problems) err.write(`${sidecarFile}:${p.line}:${p.column}: ${p.message}\n`);
    if (merged.problems.length > 0) broken++;
    sources.push({ path: relativePath(file), text, annotations: merged.annotations });
  }
  const options = { onlyConfirmed: parsed.onlyConfirmed, includeRejected: parsed.includeRejected, bom: parsed.bom, baseUri: parsed.baseUri };
  if (parsed.format === 'brat') {
    const dir = parsed.out!;
    const files = exportAnnotations(sources, 'brat', options);
    for (const file of files) writeAtomically(path.join(dir, ...file.path.split('/').filter((s) => s !== '..' && s !== '.')), file.content);
    err.write(`newsmark export: ${files.length} files in ${dir}\n`);
    return exitCode(broken, err);
  }
  const content = exportAnnotations(sources, parsed.format, options);
  if (parsed.out) writeAtomically(parsed.out, content);
  else out.write(content);
  return exitCode(broken, err);
}

function exitCode(brokenSidecars: number, err: NodeJS.WritableStream): number {
  if (brokenSidecars === 0) return 0;
  err.write(`newsmark export: ${brokenSidecars} sidecar(s) could not be read; those sources were exported without the decisions in them\n`);
  return 1;
}

/** A source's path for the export: relative to the working folder, with forward slashes. */
function relativePath(file: string): string {
  const relative = path.relative(process.cwd(), path.resolve(file));
  return (relative.startsWith('..') || path.isAbsolute(relative) ? path.resolve(file) : relative).split(path.sep).join('/');
}

/** Writes a file atomically (src/cli/atomicWrite: a temporary file in the same folder, then a rename), creating its folder. */
export function writeAtomically(file: string, content: string): void {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  atomicWriteFileSync(file, content);
}
