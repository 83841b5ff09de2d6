// Deterministic news-like text for the benches: the seed articles, and variants of them with the kind of edits
// an archive has (other names, other numbers, paragraphs dropped, swapped or repeated), from a fixed seed.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { root } from './buildCore.mjs';

export const MiB = 1024 * 1024;

export function seedTexts() {
  const dir = path.join(root, 'seeds');
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(path.join(dir, f), 'utf8'));
}

/** mulberry32: a small seeded PRNG, so every run generates the same corpus. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SURNAMES = ['Okafor', 'Lindqvist', 'Moreau', 'Tanaka', 'Castillo', 'Nowak', 'Haddad', 'Brennan', 'Ivanova', 'Mensah'];
const FIRST_NAMES = ['Amara', 'Jonas', 'Claire', 'Kenji', 'Lucia', 'Piotr', 'Layla', 'Sean', 'Olga', 'Kwame'];

/** Variant `n` of `text`: names swapped, numbers changed, paragraphs dropped, swapped or repeated. */
export function variant(text, n) {
  const rand = random(n + 1);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  let out = text.replace(/\b[A-Z][a-z]+ [A-Z][a-z]+\b/g, (name) => (rand() < 0.3 ? `${pick(FIRST_NAMES)} ${pick(SURNAMES)}` : name));
  out = out.replace(/\d+/g, (digits) => (rand() < 0.5 ? String(Math.floor(rand() * 10 ** Math.min(digits.length, 6))) : digits));
  const paragraphs = out.split('\n');
  const edited = [];
  for (const paragraph of paragraphs) {
    const roll = rand();
    if (roll < 0.05 && edited.length > 2) continue; // dropped
    if (roll < 0.1 && edited.length > 2) edited.splice(edited.length - 1, 0, paragraph); // swapped with the one before
    else edited.push(paragraph);
    if (roll > 0.97) edited.push(paragraph); // repeated, as scrapers do
  }
  return edited.join('\n');
}

/** About `bytes` of varied articles, one after another. */
export function variedCorpus(bytes) {
  const seeds = seedTexts();
  let text = '';
  for (let n = 0; Buffer.byteLength(text) < bytes; n++) text += `${variant(seeds[n % seeds.length], n)}\n\n`;
  return text;
}
