// Each test tier records its counts in .test-results/<tier>.json so `npm test` can sum them in one line.
import { mkdirSync, readFileSync, writeFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export const projectRoot = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const resultsDir = path.join(projectRoot, '.test-results');

export function recordTier(tier, counts) {
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(path.join(resultsDir, `${tier}.json`), JSON.stringify(counts));
}

export function readTier(tier) {
  try {
    return JSON.parse(readFileSync(path.join(resultsDir, `${tier}.json`), 'utf8'));
  } catch {
    return null;
  }
}

/** Compiled test files of a tier (out/test/<tier>/**), matching `suffix`. */
export function compiledTests(tier, suffix = '.test.js') {
  const found = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith(suffix)) found.push(full);
    }
  };
  walk(path.join(projectRoot, process.env.NEWSMARK_TEST_OUT || 'out', 'test', tier));
  return found.sort();
}
