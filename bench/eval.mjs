#!/usr/bin/env node
// Quote and speaker accuracy on the shared evaluation set (../shared/eval, GenderGapTracker news), scored by
// its own scorer. Skips with a message when the set is not there. SHOW_MISSES=1 lists every miss.
// EVAL_DOCS=even|odd scores only the documents whose index is even (the tuning half) or odd (the check half).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadCore, root } from './buildCore.mjs';

const evalDir = path.resolve(root, '..', 'shared', 'eval');
const goldPath = path.join(evalDir, 'ggt', 'gold.json');
if (!existsSync(goldPath)) {
  console.log(`eval: skipped — ${goldPath} not found (the shared evaluation set lives outside the repo)`);
  process.exit(0);
}

const { analyze } = await loadCore();
const gold = JSON.parse(readFileSync(goldPath, 'utf8'));
const half = process.env.EVAL_DOCS;
if (half === 'even' || half === 'odd') gold.docs = gold.docs.filter((_, i) => i % 2 === (half === 'even' ? 0 : 1));
const started = performance.now();
const system = gold.docs.map((doc) => {
  const analysis = analyze(doc.text, { figures: false });
  return { source: doc.file, quotes: analysis.quotes.map(({ start, end, text, speaker, kind }) => ({ start, end, text, speaker, kind })) };
});
const elapsed = performance.now() - started;
const tmp = mkdtempSync(path.join(os.tmpdir(), 'newsmark-eval-'));
const outPath = path.join(tmp, 'system.json');
writeFileSync(outPath, JSON.stringify(system));
let scoredGold = goldPath;
if (half) {
  scoredGold = path.join(tmp, 'gold.json');
  writeFileSync(scoredGold, JSON.stringify(gold));
}
const scored = JSON.parse(execFileSync(process.execPath, [path.join(evalDir, 'score.mjs'), scoredGold, outPath], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }));

const rows = [
  ['corpus', `${scored.corpus}${half ? ` ${half} half` : ''} (${scored.docs} docs${scored.missingDocs ? `, ${scored.missingDocs} missing` : ''})`],
  ['direct quotes (gold / system)', `${scored.quotes.gold} / ${scored.quotes.system}`],
  ['quote precision', `${scored.quotes.P.toFixed(1)} %`],
  ['quote recall', `${scored.quotes.R.toFixed(1)} %`],
  ['quote F1', `${scored.quotes.F1.toFixed(1)}   (target ≥ 95)`],
  ['speaker accuracy', `${scored.speaker.accuracy.toFixed(1)} % of ${scored.speaker.judged}   (target ≥ 92)`],
  ['analysis time', `${elapsed.toFixed(0)} ms`],
];
const width = Math.max(...rows.map(([k]) => k.length));
console.log('Newsmark quote extraction — accuracy');
for (const [k, v] of rows) console.log(`  ${k.padEnd(width)}  ${v}`);
