import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { runExtract } from '../../../src/cli/extractCommand';
import { looksBinaryText } from '../../../src/core/text/decode';

// `newsmark extract` on files that are broken in the ways real archives are: each is reported with a message a
// person can act on, the other sources are still done, and nothing that was there is overwritten.

const SEED = path.join('seeds', '003_cbcabe5e24aa5d21.txt');

async function run(dir: string): Promise<{ code: number; output: string }> {
  let output = '';
  const err = new Writable({
    write(chunk, _enc, done) {
      output += String(chunk);
      done();
    },
  });
  const code = await runExtract([dir], err);
  return { code, output };
}

describe('bad inputs: newsmark extract', function () {
  this.timeout(20000);
  let dir: string;
  const sidecarOf = (name: string) => path.join(dir, `${name}.annotations.yaml`);
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'newsmark-bad-'));
    copyFileSync(SEED, path.join(dir, 'good.txt'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('skips a binary file named .txt with a message, writes no sidecar for it, and does the others', async () => {
    writeFileSync(path.join(dir, 'photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    const { code, output } = await run(dir);
    assert.equal(code, 1);
    assert.match(output, /photo\.txt: this looks like a binary file/);
    assert.equal(existsSync(sidecarOf('photo.txt')), false);
    assert.equal(existsSync(sidecarOf('good.txt')), true);
  });

  it('reports invalid UTF-8 with the offset of the first bad byte and writes no sidecar on approximate offsets', async () => {
    const bytes = Buffer.concat([Buffer.from('Headline\n"We will," said Jane Smith. '), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from(' More text.\n')]);
    writeFileSync(path.join(dir, 'latin.txt'), bytes);
    const { code, output } = await run(dir);
    assert.equal(code, 1);
    assert.match(output, /latin\.txt: not valid UTF-8 \(first bad byte at offset 37\)/);
    assert.equal(existsSync(sidecarOf('latin.txt')), false);
  });

  it('reports a sidecar path that is a directory and leaves the directory as it was', async () => {
    mkdirSync(sidecarOf('good.txt'));
    writeFileSync(path.join(sidecarOf('good.txt'), 'keep'), 'x');
    const { code, output } = await run(dir);
    assert.equal(code, 1);
    assert.match(output, /good\.txt\.annotations\.yaml is a directory, not a sidecar/);
    assert.ok(statSync(sidecarOf('good.txt')).isDirectory());
    assert.equal(readFileSync(path.join(sidecarOf('good.txt'), 'keep'), 'utf8'), 'x');
  });

  it('reports an unreadable sidecar and leaves it as it was', async function () {
    // root reads every file whatever its mode, so there is nothing to test as root
    if (process.getuid?.() === 0) this.skip();
    writeFileSync(sidecarOf('good.txt'), 'version: 1\n');
    chmodSync(sidecarOf('good.txt'), 0o000);
    const { code, output } = await run(dir);
    chmodSync(sidecarOf('good.txt'), 0o644);
    assert.equal(code, 1);
    assert.match(output, /EACCES/);
    assert.equal(readFileSync(sidecarOf('good.txt'), 'utf8'), 'version: 1\n');
  });

  it('reports a sidecar that is a named pipe instead of waiting on it forever', async () => {
    execFileSync('mkfifo', [sidecarOf('good.txt')]);
    const { code, output } = await run(dir);
    assert.equal(code, 1);
    assert.match(output, /good\.txt\.annotations\.yaml is not a regular file, not a sidecar/);
    assert.ok(statSync(sidecarOf('good.txt')).isFIFO());
  });

  it('refuses a sidecar that is an alias bomb, quickly and without touching it', async () => {
    const bomb = ['version: 1', 'source:', '  path: good.txt', 'a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 0; i < 9; i++) bomb.push(`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9).fill(`*${String.fromCharCode(97 + i)}`).join(',')}]`);
    writeFileSync(sidecarOf('good.txt'), bomb.join('\n'));
    const t0 = performance.now();
    const { code, output } = await run(dir);
    assert.ok(performance.now() - t0 < 3000);
    assert.equal(code, 1);
    assert.match(output, /good\.txt\.annotations\.yaml:\d+:\d+: (anchors|aliases)/);
    assert.equal(readFileSync(sidecarOf('good.txt'), 'utf8'), bomb.join('\n'));
  });

  it('refuses 10 MB of YAML with a clear message and without touching it', async () => {
    const huge = `version: 1\nsource:\n  path: good.txt\n${'# padding padding padding padding padding padding padding\n'.repeat(180_000)}`;
    writeFileSync(sidecarOf('good.txt'), huge);
    const { code, output } = await run(dir);
    assert.equal(code, 1);
    assert.match(output, /good\.txt\.annotations\.yaml:1:1: the sidecar is larger than 5 MiB/);
    assert.equal(statSync(sidecarOf('good.txt')).size, huge.length);
  });

  it('tells binary text from news text the way the extension does (looksBinaryText)', () => {
    assert.equal(looksBinaryText(readFileSync(SEED, 'utf8')), false);
    assert.equal(looksBinaryText('PNG\u0000\u0000IHDR'), true);
    assert.equal(looksBinaryText('\u0001\u0002\u0003\u0004abc'), true);
    assert.equal(looksBinaryText(''), false);
  });
});
