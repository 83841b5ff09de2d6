import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { analyze } from '../../../src/core/analyze';
import { AnalysisServer } from '../../../src/core/analysisServer';
import { extractFigures } from '../../../src/core/extract/figures';

// The analysis as a message service (what the worker thread runs): its answers are the core's own results, an
// analysis that throws is answered with its error, and a document's kept blocks can be dropped.

const seeds = readdirSync('seeds').filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(path.join('seeds', f), 'utf8'));

describe('AnalysisServer', () => {
  it('answers each seed with exactly what analyze() gives, and again after an edit', () => {
    const server = new AnalysisServer();
    for (const [n, text] of seeds.entries()) {
      assert.deepEqual(server.handle({ id: n, kind: 'analyze', key: `seed-${n}`, text }), { id: n, analysis: analyze(text) });
      const edited = `"We are ready," said Jane Smith.\n\n${text}`;
      assert.deepEqual(server.handle({ id: n + 100, kind: 'analyze', key: `seed-${n}`, text: edited }), { id: n + 100, analysis: analyze(edited) });
    }
  });

  it('reads figures in a few words on their own', () => {
    const server = new AnalysisServer();
    const response = server.handle({ id: 7, kind: 'figures', text: '£1 billion ($1.24 billion)' });
    assert.deepEqual(response, { id: 7, figures: extractFigures('£1 billion ($1.24 billion)') });
    assert.deepEqual('figures' in response && response.figures.map((f) => f.unit), ['GBP', 'USD']);
  });

  it('answers a request it cannot serve with the error, and keeps serving', () => {
    const server = new AnalysisServer();
    const broken = server.handle({ id: 1, kind: 'analyze', key: 'k', text: undefined as unknown as string });
    assert.equal(broken.id, 1);
    assert.ok('error' in broken && broken.error.length > 0, JSON.stringify(broken));
    assert.deepEqual(server.handle({ id: 2, kind: 'analyze', key: 'k', text: seeds[0] }), { id: 2, analysis: analyze(seeds[0]) });
  });

  it('forgets a document: its next analysis starts afresh and is the same', () => {
    const server = new AnalysisServer();
    server.handle({ id: 1, kind: 'analyze', key: 'k', text: seeds[1] });
    assert.deepEqual(server.handle({ id: 2, kind: 'forget', key: 'k' }), { id: 2, forgotten: true });
    assert.deepEqual(server.handle({ id: 3, kind: 'analyze', key: 'k', text: seeds[1] }), { id: 3, analysis: analyze(seeds[1]) });
  });
});
