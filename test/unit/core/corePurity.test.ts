import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

// The build fails on these imports too (esbuild.mjs); this test names the file when someone adds one.
const IMPORT = /(?:import[^'"]*from\s*|import\s*\(\s*|require\s*\(\s*|import\s+)['"]([^'"]+)['"]/g;
const FORBIDDEN = /^(vscode|node:.*|fs|path|os|child_process|crypto|util|stream|events|url|buffer|worker_threads|http|https|net|zlib)$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sourceFiles(full) : full.endsWith('.ts') ? [full] : [];
  });
}

describe('src/core stays pure', () => {
  it('imports neither vscode nor Node built-ins, so it runs in Node, a web worker and the CLI', () => {
    const coreDir = path.resolve(__dirname, '../../../../src/core');
    const offenders: string[] = [];
    for (const file of sourceFiles(coreDir)) {
      for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
        if (FORBIDDEN.test(match[1])) offenders.push(`${path.relative(coreDir, file)} imports ${match[1]}`);
      }
    }
    assert.deepEqual(offenders, []);
  });
});
