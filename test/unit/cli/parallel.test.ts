import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runExtract } from '../../../src/cli/extractCommand';
import { Progress } from '../../../src/cli/progress';
import { sink } from '../streams';

// `newsmark extract` in worker threads must do exactly what it does on one thread: the same files, byte for
// byte, and the same messages in the same (source) order, broken inputs included.

const WORKER_SCRIPT = path.resolve('dist/cli.js'); // built with the tests (esbuild.mjs)

/** Every file below `dir` (relative path → bytes), sidecars and all. */
function tree(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    files.set(path.relative(dir, full), readFileSync(full, 'base64'));
  }
  return files;
}

describe('newsmark extract in worker threads', function () {
  this.timeout(60000);
  let base: string;
  beforeEach(() => {
    base = mkdtempSync(path.join(os.tmpdir(), 'newsmark-parallel-'));
    const seeds = readdirSync('seeds').filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(path.join('seeds', f), 'utf8'));
    const archive = path.join(base, 'sequential');
    for (let n = 0; n < 130; n++) {
      const folder = path.join(archive, `batch-${Math.floor(n / 40)}`);
      mkdirSync(folder, { recursive: true });
      writeFileSync(path.join(folder, `article-${String(n).padStart(3, '0')}.txt`), `"Number ${n} is in," said Jane Smith.\n\n${seeds[n % seeds.length]}`);
    }
    // the broken inputs, spread over the run so several workers meet them
    writeFileSync(path.join(archive, 'batch-0', 'article-007.txt.annotations.yaml'), 'version: 1\nsource:\n  path: x\nquotes: [\n');
    writeFileSync(path.join(archive, 'batch-1', 'photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    mkdirSync(path.join(archive, 'batch-2', 'article-100.txt.annotations.yaml'));
    cpSync(archive, path.join(base, 'parallel'), { recursive: true });
  });
  afterEach(() => rmSync(base, { recursive: true, force: true }));

  it('writes the same files and reports the same messages, in source order, as one thread', async () => {
    const one = sink();
    const two = sink();
    const codeOne = await runExtract([path.join(base, 'sequential')], one);
    const codeTwo = await runExtract([path.join(base, 'parallel')], two, { workers: 2, workerScript: WORKER_SCRIPT });
    assert.equal(codeTwo, codeOne);
    assert.equal(codeOne, 1);
    assert.equal(two.text.replaceAll(path.join(base, 'parallel'), 'ARCHIVE'), one.text.replaceAll(path.join(base, 'sequential'), 'ARCHIVE'));
    assert.match(two.text, /131 sources: 128 written, 0 unchanged, 3 failed\n$/);
    assert.deepEqual(tree(path.join(base, 'parallel')), tree(path.join(base, 'sequential')));
    assert.deepEqual([...tree(path.join(base, 'parallel')).keys()].filter((f) => f.endsWith('.tmp')), []);
  });

  it('finds every sidecar unchanged on a second run', async () => {
    const dir = path.join(base, 'parallel');
    await runExtract([dir], sink(), { workers: 2, workerScript: WORKER_SCRIPT });
    const before = tree(dir);
    const again = sink();
    assert.equal(await runExtract([dir], again, { workers: 2, workerScript: WORKER_SCRIPT }), 1);
    assert.match(again.text, /131 sources: 0 written, 128 unchanged, 3 failed\n$/);
    assert.deepEqual(tree(dir), before);
  });

  it('a worker that dies fails the sources it held, in order, and every source is still counted', async () => {
    const crashing = path.join(base, 'crash.js');
    writeFileSync(crashing, "throw new Error('boom');\n");
    const err = sink();
    assert.equal(await runExtract([path.join(base, 'sequential')], err, { workers: 2, workerScript: crashing }), 1);
    assert.match(err.text, /article-000\.txt: the extract worker stopped: boom\n/);
    assert.match(err.text, /131 sources: 0 written, 0 unchanged, 131 failed\n$/);
    // what the dead workers held, then what nobody took (if any): one line per source, in source order
    const failures = err.text.split('\n').filter((line) => line.includes('.txt: '));
    assert.equal(failures.length, 131);
    assert.ok(failures.every((line) => /: (the extract worker stopped: boom|no extract worker left to take it)$/.test(line)));
    const sources = failures.map((line) => line.split(': ')[0]);
    assert.deepEqual(sources, [...sources].sort());
  });

  it('progress without a terminal: a count every 1,000 sources; on one: a single line redrawn in place', () => {
    const log = sink();
    const logged = new Progress(log, 2500);
    for (let done = 1; done <= 2500; done++) logged.update(done, `s${done}.txt`);
    assert.equal(log.text, 'extracting 1000/2500\nextracting 2000/2500\n');
    const tty = sink();
    tty.isTTY = true;
    const drawn = new Progress(tty, 2500);
    for (let done = 1; done <= 2500; done++) drawn.update(done, `s${done}.txt`);
    drawn.clear();
    assert.ok(tty.text.startsWith('\r\x1b[2Kextracting 1/2500 s1.txt'));
    assert.ok(tty.text.includes('extracting 2500/2500 s2500.txt'));
    assert.doesNotMatch(tty.text, /\n/);
  });
});
