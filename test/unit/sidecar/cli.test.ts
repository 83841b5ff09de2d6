import assert from 'node:assert/strict';
import { chmodSync, copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { atomicWriteFileSync } from '../../../src/cli/atomicWrite';
import { runExtract } from '../../../src/cli/extractCommand';
import { sink } from '../streams';

describe('sidecar CLI: newsmark extract', function () {
  this.timeout(20000);
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'newsmark-extract-'));
    for (const f of readdirSync('seeds').filter((n) => n.endsWith('.txt'))) copyFileSync(path.join('seeds', f), path.join(dir, f));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes every sidecar, then finds them unchanged', async () => {
    const err = sink();
    assert.equal(await runExtract([dir], err), 0);
    assert.match(err.text, /^5 sources: 5 written, 0 unchanged, 0 failed\n$/m);
    assert.equal(readdirSync(dir).filter((f) => f.endsWith('.txt.annotations.yaml')).length, 5);
    const again = sink();
    assert.equal(await runExtract([dir], again), 0);
    assert.match(again.text, /5 sources: 0 written, 5 unchanged, 0 failed/);
  });

  it('reports a broken sidecar as path:line:column, leaves it byte-for-byte untouched and does the others', async () => {
    const first = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()[0];
    const sidecar = path.join(dir, `${first}.annotations.yaml`);
    const broken = 'version: 1\nsource:\n  path: x\nquotes: [\n';
    writeFileSync(sidecar, broken);
    const err = sink();
    assert.equal(await runExtract([dir], err), 1);
    assert.equal(readFileSync(sidecar, 'utf8'), broken);
    assert.match(err.text, new RegExp(`${first.replace('.', '\\.')}\\.annotations\\.yaml:\\d+:\\d+: `));
    assert.match(err.text, /5 sources: 4 written, 0 unchanged, 1 failed/);
  });

  it('atomic writes keep the file mode and leave no temporary file', () => {
    const file = path.join(dir, 'x.yaml');
    writeFileSync(file, 'old');
    chmodSync(file, 0o640);
    atomicWriteFileSync(file, 'new ✓');
    assert.equal(readFileSync(file, 'utf8'), 'new ✓');
    assert.equal(statSync(file).mode & 0o777, 0o640);
    assert.deepEqual(readdirSync(dir).filter((f) => f.endsWith('.tmp')), []);
  });

  it('a sidecar that extract rewrites keeps its mode and leaves no temporary file', async () => {
    assert.equal(await runExtract([dir], sink()), 0);
    const source = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()[0];
    chmodSync(path.join(dir, `${source}.annotations.yaml`), 0o640);
    writeFileSync(path.join(dir, source), `"We changed it," said Jane Smith.\n\n${readFileSync(path.join(dir, source), 'utf8')}`);
    const err = sink();
    assert.equal(await runExtract([dir], err), 0);
    assert.match(err.text, /5 sources: 1 written, 4 unchanged, 0 failed/);
    assert.equal(statSync(path.join(dir, `${source}.annotations.yaml`)).mode & 0o777, 0o640);
    assert.deepEqual(readdirSync(dir).filter((f) => f.endsWith('.tmp')), []);
  });

  it('shows one updating progress line on a terminal with many files', async () => {
    for (let i = 0; i < 20; i++) writeFileSync(path.join(dir, `extra${i}.txt`), `"Hello ${i}," said Jane Smith.`);
    const err = sink();
    err.isTTY = true;
    assert.equal(await runExtract([dir], err), 0);
    assert.match(err.text, /\r\x1b\[2Kextracting 1\/25 /);
    assert.match(err.text, /25 sources: 25 written, 0 unchanged, 0 failed\n$/);
  });
});
