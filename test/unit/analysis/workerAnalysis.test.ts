import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { analyze } from '../../../src/core/analyze';
import { AnalysisClient } from '../../../src/extension/analysisClient';
import { WorkerAnalysis } from '../../../src/extension/workerAnalysis';

// The Node extension's analysis runs in a worker thread (dist/analysisWorker.js, built with the tests). Its
// answers must be the core's own; a worker that dies or hangs must fail what it held, with the reason, and the
// next request must be served by a new one.

const WORKER_SCRIPT = path.resolve('dist/analysisWorker.js');
const seeds = readdirSync('seeds').filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(path.join('seeds', f), 'utf8'));

/** The real worker, except that the texts "crash", "hang" and "slow…" make it exit, loop forever or take 150 ms first. */
function sabotagedWorker(): string {
  const script = path.join(mkdtempSync(path.join(os.tmpdir(), 'newsmark-worker-')), 'sabotaged.js');
  writeFileSync(
    script,
    `const { parentPort } = require('node:worker_threads');
parentPort.on('message', (m) => {
  if (m.text === 'crash') process.exit(3);
  if (m.text === 'hang') for (;;);
  if (m.text.startsWith('slow')) for (const end = Date.now() + 150; Date.now() < end; );
});
require(${JSON.stringify(WORKER_SCRIPT)});
`,
  );
  return script;
}

describe('analysis in a worker thread', function () {
  this.timeout(30000);
  const clients: AnalysisClient[] = [];
  const client = (script: string, timeoutMs?: number) => {
    const made = new AnalysisClient(new WorkerAnalysis(script, timeoutMs));
    clients.push(made);
    return made;
  };
  afterEach(() => clients.splice(0).forEach((c) => c.dispose()));

  it('answers every seed, asked all at once, with exactly what analyze() gives', async () => {
    const analysis = client(WORKER_SCRIPT);
    const answers = await Promise.all(seeds.map((text, n) => analysis.analyze(`seed-${n}`, text)));
    answers.forEach((answer, n) => assert.deepEqual(answer, analyze(seeds[n])));
    assert.deepEqual((await analysis.figuresIn('up to 3.5% of voters')).map((f) => f.value), [3.5]);
  });

  it('fails the requests of a worker that exits, with the reason, and serves the next from a new one', async () => {
    const analysis = client(sabotagedWorker());
    await assert.rejects(analysis.analyze('a', 'crash'), /exit code 3/);
    assert.deepEqual(await analysis.analyze('b', seeds[2]), analyze(seeds[2]));
  });

  it('stops a worker that hangs after the answer timeout, and serves the next request', async () => {
    const analysis = client(sabotagedWorker(), 500);
    const started = Date.now();
    await assert.rejects(analysis.analyze('a', 'hang'), /longer than/);
    assert.ok(Date.now() - started < 5000, 'the hung worker was given up in time');
    assert.deepEqual(await analysis.analyze('b', seeds[3]), analyze(seeds[3]));
  });

  it('gives each request its time from when the worker reaches it: a long queue of quick answers never times out', async () => {
    const analysis = client(sabotagedWorker(), 400);
    const answers = await Promise.all(Array.from({ length: 6 }, (_, n) => analysis.analyze(`slow-${n}`, `slow ${n}: "We are ready," said Jane Smith.`)));
    for (const answer of answers) assert.equal(answer.quotes[0]?.speaker, 'Jane Smith');
  });

  it('fails at once, with the reason, when the worker script is missing', async () => {
    const analysis = client(path.join(os.tmpdir(), 'no-such-newsmark-worker.js'));
    await assert.rejects(analysis.analyze('a', seeds[0]), /no-such-newsmark-worker|Cannot find module|analysis/);
  });
});
