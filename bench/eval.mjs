#!/usr/bin/env node
// Quote and speaker accuracy, scored by the shared scorer (../shared/eval/score.mjs) on every set: the shared
// GenderGapTracker news (../shared/eval/ggt) and our own invented sets (bench/heldout, bench/blind …
// bench/blind54), each written and annotated blind by helper sessions that had not read the extractor. Each
// set's README says when it was first scored and whether it has been worked on since (a dev set) or not (blind).
// Skips with a message when the scorer is not there. SHOW_MISSES=1 lists every miss. EVAL_DOCS=even|odd scores
// only the ggt documents whose index is even (the tuning half) or odd (the check half).
// EVAL_SET=<name> scores one set (ggt, heldout, blind, blind2 … blind54).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadCore, root } from './buildCore.mjs';

const evalDir = path.resolve(root, '..', 'shared', 'eval');
const scorer = path.join(evalDir, 'score.mjs');
if (!existsSync(scorer)) {
  console.log(`eval: skipped — ${scorer} not found (the shared evaluation set lives outside the repo)`);
  process.exit(0);
}
const sets = [
  { name: 'ggt', goldPath: path.join(evalDir, 'ggt', 'gold.json'), halves: true },
  { name: 'heldout', goldPath: path.join(root, 'bench', 'heldout', 'gold.json'), halves: false },
  { name: 'blind', goldPath: path.join(root, 'bench', 'blind', 'gold.json'), halves: false },
  { name: 'blind2', goldPath: path.join(root, 'bench', 'blind2', 'gold.json'), halves: false },
  { name: 'blind3', goldPath: path.join(root, 'bench', 'blind3', 'gold.json'), halves: false },
  { name: 'blind4', goldPath: path.join(root, 'bench', 'blind4', 'gold.json'), halves: false },
  { name: 'blind5', goldPath: path.join(root, 'bench', 'blind5', 'gold.json'), halves: false },
  { name: 'blind6', goldPath: path.join(root, 'bench', 'blind6', 'gold.json'), halves: false },
  { name: 'blind7', goldPath: path.join(root, 'bench', 'blind7', 'gold.json'), halves: false },
  { name: 'blind8', goldPath: path.join(root, 'bench', 'blind8', 'gold.json'), halves: false },
  { name: 'blind9', goldPath: path.join(root, 'bench', 'blind9', 'gold.json'), halves: false },
  { name: 'blind10', goldPath: path.join(root, 'bench', 'blind10', 'gold.json'), halves: false },
  { name: 'blind11', goldPath: path.join(root, 'bench', 'blind11', 'gold.json'), halves: false },
  { name: 'blind12', goldPath: path.join(root, 'bench', 'blind12', 'gold.json'), halves: false },
  { name: 'blind13', goldPath: path.join(root, 'bench', 'blind13', 'gold.json'), halves: false },
  { name: 'blind14', goldPath: path.join(root, 'bench', 'blind14', 'gold.json'), halves: false },
  { name: 'blind15', goldPath: path.join(root, 'bench', 'blind15', 'gold.json'), halves: false },
  { name: 'blind16', goldPath: path.join(root, 'bench', 'blind16', 'gold.json'), halves: false },
  { name: 'blind17', goldPath: path.join(root, 'bench', 'blind17', 'gold.json'), halves: false },
  { name: 'blind18', goldPath: path.join(root, 'bench', 'blind18', 'gold.json'), halves: false },
  { name: 'blind19', goldPath: path.join(root, 'bench', 'blind19', 'gold.json'), halves: false },
  { name: 'blind20', goldPath: path.join(root, 'bench', 'blind20', 'gold.json'), halves: false },
  { name: 'blind21', goldPath: path.join(root, 'bench', 'blind21', 'gold.json'), halves: false },
  { name: 'blind22', goldPath: path.join(root, 'bench', 'blind22', 'gold.json'), halves: false },
  { name: 'blind23', goldPath: path.join(root, 'bench', 'blind23', 'gold.json'), halves: false },
  { name: 'blind24', goldPath: path.join(root, 'bench', 'blind24', 'gold.json'), halves: false },
  { name: 'blind25', goldPath: path.join(root, 'bench', 'blind25', 'gold.json'), halves: false },
  { name: 'blind26', goldPath: path.join(root, 'bench', 'blind26', 'gold.json'), halves: false },
  { name: 'blind27', goldPath: path.join(root, 'bench', 'blind27', 'gold.json'), halves: false },
  { name: 'blind28', goldPath: path.join(root, 'bench', 'blind28', 'gold.json'), halves: false },
  { name: 'blind29', goldPath: path.join(root, 'bench', 'blind29', 'gold.json'), halves: false },
  { name: 'blind30', goldPath: path.join(root, 'bench', 'blind30', 'gold.json'), halves: false },
  { name: 'blind31', goldPath: path.join(root, 'bench', 'blind31', 'gold.json'), halves: false },
  { name: 'blind32', goldPath: path.join(root, 'bench', 'blind32', 'gold.json'), halves: false },
  { name: 'blind33', goldPath: path.join(root, 'bench', 'blind33', 'gold.json'), halves: false },
  { name: 'blind34', goldPath: path.join(root, 'bench', 'blind34', 'gold.json'), halves: false },
  { name: 'blind35', goldPath: path.join(root, 'bench', 'blind35', 'gold.json'), halves: false },
  { name: 'blind36', goldPath: path.join(root, 'bench', 'blind36', 'gold.json'), halves: false },
  { name: 'blind37', goldPath: path.join(root, 'bench', 'blind37', 'gold.json'), halves: false },
  { name: 'blind38', goldPath: path.join(root, 'bench', 'blind38', 'gold.json'), halves: false },
  { name: 'blind39', goldPath: path.join(root, 'bench', 'blind39', 'gold.json'), halves: false },
  { name: 'blind40', goldPath: path.join(root, 'bench', 'blind40', 'gold.json'), halves: false },
  { name: 'blind41', goldPath: path.join(root, 'bench', 'blind41', 'gold.json'), halves: false },
  { name: 'blind42', goldPath: path.join(root, 'bench', 'blind42', 'gold.json'), halves: false },
  { name: 'blind43', goldPath: path.join(root, 'bench', 'blind43', 'gold.json'), halves: false },
  { name: 'blind44', goldPath: path.join(root, 'bench', 'blind44', 'gold.json'), halves: false },
  { name: 'blind45', goldPath: path.join(root, 'bench', 'blind45', 'gold.json'), halves: false },
  { name: 'blind46', goldPath: path.join(root, 'bench', 'blind46', 'gold.json'), halves: false },
  { name: 'blind47', goldPath: path.join(root, 'bench', 'blind47', 'gold.json'), halves: false },
  { name: 'blind48', goldPath: path.join(root, 'bench', 'blind48', 'gold.json'), halves: false },
  { name: 'blind49', goldPath: path.join(root, 'bench', 'blind49', 'gold.json'), halves: false },
  { name: 'blind50', goldPath: path.join(root, 'bench', 'blind50', 'gold.json'), halves: false },
  { name: 'blind51', goldPath: path.join(root, 'bench', 'blind51', 'gold.json'), halves: false },
  { name: 'blind52', goldPath: path.join(root, 'bench', 'blind52', 'gold.json'), halves: false },
  { name: 'blind53', goldPath: path.join(root, 'bench', 'blind53', 'gold.json'), halves: false },
  { name: 'blind54', goldPath: path.join(root, 'bench', 'blind54', 'gold.json'), halves: false },
].filter((set) => !process.env.EVAL_SET || set.name === process.env.EVAL_SET);

const { analyze } = await loadCore();
const tmp = mkdtempSync(path.join(os.tmpdir(), 'newsmark-eval-'));
for (const set of sets) {
  if (!existsSync(set.goldPath)) {
    console.log(`eval: ${set.name} skipped — ${set.goldPath} not found`);
    continue;
  }
  scoreSet(set);
}

function scoreSet({ name, goldPath, halves }) {
  const gold = JSON.parse(readFileSync(goldPath, 'utf8'));
  const half = halves ? process.env.EVAL_DOCS : undefined;
  if (half === 'even' || half === 'odd') gold.docs = gold.docs.filter((_, i) => i % 2 === (half === 'even' ? 0 : 1));
  const started = performance.now();
  const system = gold.docs.map((doc) => {
    const analysis = analyze(doc.text, { figures: false });
    return { source: doc.file, quotes: analysis.quotes.map(({ start, end, text, speaker, kind }) => ({ start, end, text, speaker, kind })) };
  });
  const elapsed = performance.now() - started;
  const outPath = path.join(tmp, `${name}-system.json`);
  writeFileSync(outPath, JSON.stringify(system));
  let scoredGold = goldPath;
  if (half) {
    scoredGold = path.join(tmp, `${name}-gold.json`);
    writeFileSync(scoredGold, JSON.stringify(gold));
  }
  const scored = JSON.parse(execFileSync(process.execPath, [scorer, scoredGold, outPath], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }));

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
  console.log(`Newsmark quote extraction — accuracy on ${name}`);
  for (const [k, v] of rows) console.log(`  ${k.padEnd(width)}  ${v}`);
}
