import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { analyze } from '../core/analyze';
import { applyImport, importAnnotations, importFormatFor, type ImportFormat } from '../core/export';
import { annotationsFor, editSidecar } from '../core/sidecar';
import { writeAtomically } from './exportCommand';
import { readSource } from './readSource';

export const IMPORT_USAGE = `newsmark import <annotations.json|file.ann> --into <source file> [--format w3c|brat]`;

/**
 * `newsmark import <file> --into <source>`: reads W3C Web Annotations or a brat `.ann` (the source defaults
 * to the `.txt` beside it), anchors them in the source's current text and adds them to its sidecar as
 * `manual` items, never changing what is already annotated. Prints the counts; exits 1 when nothing could be
 * found in the text or the sidecar refused an item.
 */
export function runImport(args: readonly string[], out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): number {
  if (args.includes('-h') || args.includes('--help')) {
    out.write(`Usage: ${IMPORT_USAGE}\n`);
    return 0;
  }
  const files: string[] = [];
  let into: string | undefined;
  let format: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--into') into = args[++i];
    else if (arg.startsWith('--into=')) into = arg.slice('--into='.length);
    else if (arg === '--format') format = args[++i];
    else if (arg.startsWith('--format=')) format = arg.slice('--format='.length);
    else if (arg.startsWith('-')) return usage(err, `unknown option '${arg}'`);
    else files.push(arg);
  }
  if (files.length !== 1) return usage(err, 'name one annotation file');
  const file = files[0];
  const kind = (format ?? importFormatFor(file)) as ImportFormat | undefined;
  if (kind !== 'w3c' && kind !== 'brat') return usage(err, `cannot tell the format of ${file}: give --format w3c|brat`);
  const besideTxt = file.replace(/\.ann$/i, '') + '.txt';
  const target = into ?? (kind === 'brat' && existsSync(besideTxt) ? besideTxt : undefined);
  if (!target) return usage(err, 'name the source to import into: --into <source file>');

  const { text, problem } = readSource(target);
  if (problem) {
    err.write(`newsmark import: ${target}: ${problem.message}\n`);
    return 1;
  }
  const content = readFileSync(file, 'utf8');
  const originalText = kind === 'brat' && existsSync(besideTxt) ? readSource(besideTxt).text : text;
  const parsed = importAnnotations(content, kind, { source: target.split(path.sep).join('/'), text: originalText });
  for (const warning of parsed.warnings) err.write(`newsmark import: ${file}: ${warning}\n`);

  const sidecarFile = `${target}.annotations.yaml`;
  const existing = existsSync(sidecarFile) ? readFileSync(sidecarFile, 'utf8') : null;
  const result = applyImport(existing, { name: path.basename(target), text }, analyze(text), parsed.items, { annotationsFor, editSidecar });
  for (const message of result.messages) err.write(`newsmark import: ${message}\n`);
  for (const p of result.problems) err.write(`${sidecarFile}:${p.line}:${p.column}: ${p.message}\n`);
  if (result.sidecar !== null && result.sidecar !== existing) writeAtomically(sidecarFile, result.sidecar);
  out.write(`${target}: ${result.added} added, ${result.updated} updated (note, tags or speaker filled in), ${result.skipped} skipped (already annotated), ${result.notFound} not found${result.failed ? `, ${result.failed} failed` : ''}\n`);
  return result.failed > 0 || (parsed.items.length > 0 && result.added + result.updated + result.skipped === 0) ? 1 : 0;
}

function usage(err: NodeJS.WritableStream, message: string): number {
  err.write(`newsmark import: ${message}\nUsage: ${IMPORT_USAGE}\n`);
  return 2;
}
