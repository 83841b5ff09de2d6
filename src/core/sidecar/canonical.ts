import { Document } from 'yaml';
import { KEY_ORDER, type SidecarModel } from './types';
import { ITEM_BLOCKS, MAP_KEYS, type Plain } from './layout';

// A new sidecar without the yaml Document (building and printing one is most of a first extraction's cost):
// the same bytes `writeWithDocument(null, model)` writes, or undefined for a value outside the cases copied here
// from yaml 2's printer (a line break outside a selector, a control character, -0, a non-finite number), so
// the caller takes the Document path for those. test/unit/sidecar/canonical.test.ts checks the two agree.

/** The schema's scalar tags a plain string could be read back as (null, booleans, numbers): such a string is quoted. */
const LOOKALIKE_TAGS = new Document().schema.tags.flatMap((tag) => (tag.default && tag.tag !== 'tag:yaml.org,2002:str' && 'test' in tag && tag.test instanceof RegExp ? [tag.test] : []));
/** yaml's own tests (stringifyString.js): a plain scalar that would not read back as itself. */
const NEEDS_QUOTES = /^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/;
/** yaml's doubleQuotedMinMultiLineLength default: a shorter double-quoted text keeps its `\\n` escapes. */
const MIN_MULTI_LINE_LENGTH = 40;
const FORCES_DOUBLE_QUOTES = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u;

/** Declines a model this writer does not print as yaml would. */
class Unprintable extends Error {}

export function writeCanonicalSidecar(model: SidecarModel, header: string): string | undefined {
  const lines = [`#${header}`, ''];
  try {
    block(lines, model as unknown as Record<string, Plain | undefined>, 'root', '');
  } catch (error) {
    if (error instanceof Unprintable) return undefined;
    throw error;
  }
  return `${lines.join('\n')}\n`;
}

/** The lines of one block map at `indent`; `first` is the prefix of its first line (`- ` of a sequence item). */
function block(lines: string[], obj: Record<string, Plain | undefined>, order: keyof typeof KEY_ORDER, indent: string, first = indent): void {
  const isRoot = order === 'root';
  let prefix = first;
  const start = lines.length;
  for (const k of KEY_ORDER[order] as readonly string[]) {
    const v = obj[k];
    if (v === undefined) continue;
    const itemBlock = isRoot ? ITEM_BLOCKS[k] : undefined;
    if (itemBlock && Array.isArray(v)) {
      if (v.length === 0) continue; // empty blocks are not written
      lines.push(`${prefix}${k}:`);
      for (const item of v) {
        if (!isObject(item)) throw new Unprintable();
        block(lines, item, itemBlock.order, `${indent}    `, `${indent}  - `);
      }
    } else if (MAP_KEYS[k] && isObject(v)) {
      lines.push(`${prefix}${k}:`);
      block(lines, v, MAP_KEYS[k], `${indent}  `);
    } else if (Array.isArray(v)) {
      if (v.length === 0) lines.push(`${prefix}${k}: []`);
      else {
        lines.push(`${prefix}${k}:`);
        for (const x of v) lines.push(`${indent}  - ${scalar(x)}`);
      }
    } else if (order === 'target' && typeof v === 'string' && v.includes('\n')) {
      // write.ts double-quotes a selector's text with line breaks
      lines.push(`${prefix}${k}: ${doubleQuoted(v, `${indent}  `)}`);
    } else {
      lines.push(`${prefix}${k}: ${scalar(v)}`);
    }
    prefix = indent;
  }
  if (lines.length === start) throw new Unprintable(); // an empty map is `{}`, not worth copying
}

function isObject(v: Plain | undefined): v is { [key: string]: Plain | undefined } {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function scalar(v: Plain): string {
  if (v === null) return 'null';
  if (typeof v === 'boolean') return String(v);
  if (typeof v === 'number') {
    if (!Number.isFinite(v) || Object.is(v, -0)) throw new Unprintable();
    return JSON.stringify(v);
  }
  if (typeof v !== 'string' || v.includes('\n') || FORCES_DOUBLE_QUOTES.test(v)) throw new Unprintable();
  if (NEEDS_QUOTES.test(v) || LOOKALIKE_TAGS.some((test) => test.test(v))) {
    // yaml's choice: single quotes only for a text with double quotes and no single ones
    return v.includes('"') && !v.includes("'") ? `'${v}'` : JSON.stringify(v);
  }
  return v;
}

/** yaml's doubleQuotedString (lineWidth 0) for a text without control characters: a line break in a long text is printed as a folded line. */
function doubleQuoted(value: string, indent: string): string {
  if (FORCES_DOUBLE_QUOTES.test(value)) throw new Unprintable(); // \u escapes: not copied
  const json = JSON.stringify(value);
  let out = '';
  let start = 0;
  for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
    if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
      // a space before a line break is escaped, or folding would drop it
      out += `${json.slice(start, i)}\\ `;
      i += 1;
      start = i;
      ch = '\\';
    }
    if (ch !== '\\') continue;
    if (json[i + 1] === 'n' && json[i + 2] !== '"' && json.length >= MIN_MULTI_LINE_LENGTH) {
      out += `${json.slice(start, i)}\n\n`;
      while (json[i + 2] === '\\' && json[i + 3] === 'n' && json[i + 4] !== '"') {
        out += '\n';
        i += 2;
      }
      out += indent;
      if (json[i + 2] === ' ') out += '\\';
      i += 1;
      start = i + 1;
    } else {
      i += 1;
    }
  }
  return start ? out + json.slice(start) : json;
}
