import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { CSV_COLUMNS, exportAnnotations, keepsStatus, type ExportFile, type ExportSource, type W3cCollection } from '../../../src/core/export';
import { LineIndex } from '../../../src/core/text/lineIndex';
import { handMade, seedSources } from './fixtures';

const EXPORTED = '2026-01-02T03:04:05.000Z';

/** The items an export with these options keeps, in the model's shape. */
function kept(source: ExportSource, options: { onlyConfirmed?: boolean; includeRejected?: boolean } = {}) {
  return {
    quotes: source.annotations.quotes.filter((q) => keepsStatus(q.status, options)),
    figures: source.annotations.figures.filter((f) => keepsStatus(f.status, options)),
  };
}

function csvRows(content: string): Record<string, string>[] {
  return parse(content, { columns: true, bom: true, record_delimiter: '\r\n' }) as Record<string, string>[];
}

/** Parses a brat .ann into its entity, relation and note lines. */
function parseAnn(ann: string) {
  const entities = new Map<string, { type: string; fragments: Array<[number, number]>; text: string }>();
  const relations: Array<{ type: string; arg1: string; arg2: string }> = [];
  const notes: Array<{ target: string; text: string }> = [];
  const attributes: Array<{ name: string; target: string; value: string }> = [];
  for (const line of ann.split('\n')) {
    if (!line) continue;
    const [id, head, text] = line.split('\t');
    if (id.startsWith('T')) {
      const [type, offsets] = [head.slice(0, head.indexOf(' ')), head.slice(head.indexOf(' ') + 1)];
      entities.set(id, { type, fragments: offsets.split(';').map((p) => p.split(' ').map(Number) as [number, number]), text });
    } else if (id.startsWith('R')) {
      const m = /^(\S+) Arg1:(\S+) Arg2:(\S+)$/.exec(head);
      assert.ok(m, `relation line: ${line}`);
      relations.push({ type: m[1], arg1: m[2], arg2: m[3] });
    } else if (id.startsWith('#')) {
      notes.push({ target: head.replace('AnnotatorNotes ', ''), text });
    } else if (id.startsWith('A')) {
      const [name, target, value] = head.split(' ');
      attributes.push({ name, target, value });
    } else assert.fail(`unexpected brat line: ${line}`);
  }
  return { entities, relations, notes, attributes };
}

/** brat offsets count code points (Python): check each fragment against the text, and that no fragment crosses a line. */
function checkBratOffsets(text: string, ann: string): void {
  const chars = Array.from(text);
  const { entities } = parseAnn(ann);
  for (const [id, entity] of entities) {
    const pieces = entity.fragments.map(([s, e]) => {
      const piece = chars.slice(s, e).join('');
      assert.ok(e > s, `${id}: empty fragment`);
      assert.ok(!/[\r\n]/.test(piece), `${id}: a fragment contains a line break`);
      return piece;
    });
    assert.equal(pieces.join(' '), entity.text, `${id} text`);
  }
}

describe('export: json', () => {
  it('exports the full model, rejected excluded, with the timestamp given', () => {
    const source = handMade();
    const document = JSON.parse(exportAnnotations([source], 'json', { exported: EXPORTED }));
    assert.equal(document.version, 1);
    assert.equal(document.exported, EXPORTED);
    assert.equal(document.sources.length, 1);
    const [exported] = document.sources;
    assert.equal(exported.source, 'news/budget.txt');
    assert.deepEqual(exported.articles, source.annotations.articles);
    assert.deepEqual(exported.people, source.annotations.people);
    assert.deepEqual({ quotes: exported.quotes, figures: exported.figures }, kept(source));
    assert.ok(!exported.quotes.some((q: { status: string }) => q.status === 'rejected'));
  });

  it('exports rejected items with includeRejected, and only decided ones with onlyConfirmed', () => {
    const source = handMade();
    const all = JSON.parse(exportAnnotations([source], 'json', { exported: EXPORTED, includeRejected: true })).sources[0];
    assert.deepEqual(all.quotes, source.annotations.quotes);
    const decided = JSON.parse(exportAnnotations([source], 'json', { exported: EXPORTED, onlyConfirmed: true, includeRejected: true })).sources[0];
    assert.deepEqual(decided.quotes.map((q: { id: string }) => q.id), ['q1']);
    assert.deepEqual(decided.figures.map((f: { id: string }) => f.id), ['f1', 'f3']);
  });

  it('exports every seed so that JSON.parse gives the model back', () => {
    const sources = seedSources();
    assert.ok(sources.length >= 5);
    const document = JSON.parse(exportAnnotations(sources, 'json', { exported: EXPORTED }));
    sources.forEach((source, i) => {
      assert.equal(document.sources[i].source, source.path);
      assert.deepEqual(document.sources[i].quotes, source.annotations.quotes);
      assert.deepEqual(document.sources[i].figures, source.annotations.figures);
    });
  });
});

describe('export: jsonl', () => {
  it('exports one quote or figure a line, in text order, each with its source and type', () => {
    const source = handMade();
    const content = exportAnnotations([source], 'jsonl');
    assert.ok(content.endsWith('\n'));
    const lines = content.trimEnd().split('\n').map((line) => JSON.parse(line));
    const { quotes, figures } = kept(source);
    assert.equal(lines.length, quotes.length + figures.length);
    assert.deepEqual(lines.map((l) => l.start), [...lines.map((l) => l.start)].sort((a, b) => a - b));
    for (const line of lines) {
      assert.equal(line.source, 'news/budget.txt');
      const { source: _s, type, ...item } = line;
      assert.deepEqual(item, (type === 'quote' ? quotes : figures).find((i) => i.id === item.id));
    }
  });
});

describe('export: csv', () => {
  it('exports one RFC 4180 row per quote or figure with CRLF, parsed back by csv-parse', () => {
    const source = handMade();
    const content = exportAnnotations([source], 'csv');
    assert.ok(!content.startsWith('\uFEFF'), 'no BOM unless asked');
    assert.equal(content.split('\r\n')[0], CSV_COLUMNS.join(','));
    assert.ok(content.endsWith('\r\n'), 'records end with CRLF');
    const rows = csvRows(content);
    const { quotes, figures } = kept(source);
    assert.equal(rows.length, quotes.length + figures.length);
    const lines = new LineIndex(source.text);
    const q1 = rows.find((r) => r.start === String(quotes[0].start))!;
    assert.deepEqual(q1, {
      source: 'news/budget.txt',
      article: 'Budget | <b>row</b>',
      kind: 'direct',
      speaker: 'Jane Doe',
      role: 'Chancellor',
      text: 'We will cut =SUM(A1) taxes\nby half,',
      value: '',
      unit: '',
      status: 'confirmed',
      note: 'Check <b>this</b> | *really*',
      tags: 'tax; =cmd',
      line: String(lines.positionAt(quotes[0].start).line + 1),
      start: String(quotes[0].start),
      end: String(quotes[0].end),
    });
    assert.equal(q1.line, '2');
    const f2 = rows.find((r) => r.text === '£1 billion')!;
    assert.deepEqual([f2.kind, f2.value, f2.unit, f2.status], ['figure', '1000000000', 'GBP', 'auto']);
    assert.ok(!rows.some((r) => r.status === 'rejected'), 'rejected rows excluded by default');
  });

  it('export neutralises formula injection in text cells but keeps negative numbers numeric', () => {
    const rows = csvRows(exportAnnotations([handMade()], 'csv'));
    const risk = rows.find((r) => r.text.includes('@risk'))!;
    assert.equal(risk.text, "'@risk");
    const minus = rows.find((r) => r.kind === 'figure' && r.text.includes('-5%'))!;
    assert.equal(minus.text, "'-5%");
    assert.equal(minus.value, '-5', 'the value column stays a plain negative number');
    assert.equal(minus.note, "'+1 check");
    const hostile = { ...handMade(), path: '=HYPERLINK("http://evil")' };
    for (const row of csvRows(exportAnnotations([hostile], 'csv'))) assert.ok(row.source.startsWith("'="));
    for (const row of rows) {
      for (const column of ['source', 'article', 'speaker', 'role', 'text', 'unit', 'note', 'tags']) {
        assert.ok(!/^[=+\-@\t\r]/.test(row[column]), `${column} = ${row[column]}`);
      }
    }
  });

  it('export writes a UTF-8 BOM with bom: true, and keeps only decided rows with onlyConfirmed', () => {
    const content = exportAnnotations([handMade()], 'csv', { bom: true, onlyConfirmed: true });
    assert.ok(content.startsWith('\uFEFFsource,article,'));
    assert.deepEqual(csvRows(content).map((r) => r.status), ['confirmed', 'manual', 'edited']);
    const withRejected = csvRows(exportAnnotations([handMade()], 'csv', { includeRejected: true }));
    assert.ok(withRejected.some((r) => r.status === 'rejected' && r.kind === 'scare'));
  });

  it('exports the seeds with line numbers and offsets that match the text', () => {
    const sources = seedSources();
    const rows = csvRows(exportAnnotations(sources, 'csv', { bom: true }));
    assert.equal(rows.length, sources.reduce((n, s) => n + s.annotations.quotes.length + s.annotations.figures.length, 0));
    for (const row of rows) {
      const source = sources.find((s) => s.path === row.source)!;
      const start = Number(row.start);
      const text = source.text.slice(start, Number(row.end));
      assert.equal(row.text.replace(/^'(?=[=+\-@\t\r])/, ''), text);
      assert.equal(Number(row.line), new LineIndex(source.text).positionAt(start).line + 1);
    }
  });
});

describe('export: md', () => {
  it('exports a report with articles, who said what by speaker, a figures table and notes — escaping HTML and Markdown', () => {
    const md = exportAnnotations([handMade()], 'md');
    assert.ok(!md.includes('<'), 'no raw < anywhere');
    assert.ok(md.startsWith('# Budget \\| &lt;b&gt;row&lt;/b&gt;\n'));
    assert.match(md, /^## Who said what$/m);
    assert.match(md, /^### Jane Doe — Chancellor$/m);
    assert.match(md, /^- “We will cut =SUM\(A1\) taxes by half,” \*\(line 2, confirmed\)\*/m);
    assert.match(md, /^## Figures$/m);
    const table = md.split('\n').filter((l) => l.startsWith('| '));
    assert.equal(table.length, 2 + 3, 'header, rule and three figures');
    for (const row of table) assert.equal(row.replace(/\\\|/g, '').split('|').length - 1, 7, `cells: ${row}`);
    assert.ok(md.includes('| £1 billion | 1,000,000,000 | GBP | 4 | auto |'));
    assert.match(md, /^## Notes$/m);
    assert.ok(md.includes('Check &lt;b&gt;this&lt;/b&gt; \\| \\*really\\*'));
    assert.ok(md.includes('Jane Doe: Has &lt;i&gt;notes&lt;/i&gt;'));
    assert.ok(!md.includes('scare'), 'the rejected scare quote is not in the report');
  });

  it('exports every seed as a report with a section per source', () => {
    const sources = seedSources();
    const md = exportAnnotations(sources, 'md');
    assert.equal(md.split('\n').filter((l) => l.startsWith('# ')).length, sources.length);
    assert.equal(md.match(/^## Who said what$/gm)?.length, sources.length);
    assert.ok(!md.includes('<'), 'no raw <');
  });
});

describe('export: w3c', () => {
  function checkCollection(collection: W3cCollection, sources: ExportSource[], options: { includeRejected?: boolean; baseUri?: string } = {}) {
    assert.equal(collection['@context'], 'http://www.w3.org/ns/anno.jsonld');
    assert.equal(collection.type, 'AnnotationCollection');
    assert.match(collection.id, /^urn:newsmark:export:/);
    assert.equal(collection.first.type, 'AnnotationPage');
    assert.equal(collection.first.id, `${collection.id}#page-1`);
    const expected = sources.flatMap((s) => [...kept(s, options).quotes, ...kept(s, options).figures].map((item) => ({ source: s, item })));
    assert.equal(collection.total, expected.length);
    assert.equal(collection.first.items.length, expected.length);
    for (const annotation of collection.first.items) {
      const match = expected.find(({ source, item }) => annotation.id === `urn:newsmark:${encodeURI(source.path)}#${encodeURIComponent(item.id)}`);
      assert.ok(match, `annotation ${annotation.id} is one of the items`);
      const { source, item } = match;
      assert.equal(annotation.type, 'Annotation');
      assert.ok(['identifying', 'tagging', 'commenting', 'highlighting'].includes(annotation.motivation));
      assert.equal(annotation.target.source, options.baseUri ? `${options.baseUri}${source.path}` : source.path);
      const [quote, position] = annotation.target.selector;
      assert.equal(quote.type, 'TextQuoteSelector');
      assert.equal(position.type, 'TextPositionSelector');
      if (quote.type !== 'TextQuoteSelector' || position.type !== 'TextPositionSelector') return;
      const chars = Array.from(source.text);
      assert.equal(quote.exact, item.text);
      assert.equal(chars.slice(position.start, position.end).join(''), item.text, 'positions count code points');
      assert.ok(quote.prefix!.length <= 32 && quote.suffix!.length <= 32);
      assert.ok(source.text.slice(0, item.start).endsWith(quote.prefix!));
      assert.ok(source.text.slice(item.end).startsWith(quote.suffix!));
      const bodies = (purpose: string) => annotation.body.filter((b) => b.type === 'TextualBody' && b.purpose === purpose).map((b) => b.value);
      assert.deepEqual(bodies('commenting'), item.note ? [item.note] : []);
      assert.deepEqual(bodies('tagging'), item.tags ?? []);
      assert.equal(annotation['newsmark:status'], item.status);
      if ('speaker' in item) {
        assert.deepEqual(bodies('identifying'), item.speaker ? [item.speaker] : []);
        assert.deepEqual(bodies('classifying'), [item.kind]);
        assert.equal(annotation['newsmark:kind'], item.kind);
      } else {
        assert.deepEqual(bodies('classifying'), ['figure']);
        assert.equal(annotation['newsmark:value'], item.value);
        assert.equal(annotation['newsmark:unit'], item.unit);
      }
    }
  }

  it('exports an AnnotationCollection whose every annotation matches the model field by field', () => {
    const source = handMade();
    const collection = JSON.parse(exportAnnotations([source], 'w3c', { exported: EXPORTED })) as W3cCollection;
    checkCollection(collection, [source]);
    const year = collection.first.items.find((a) => a.id.endsWith('#f3'))!;
    const position = year.target.selector[1];
    assert.ok(position.type === 'TextPositionSelector' && position.start === source.annotations.figures[2].start - 1, 'the emoji counts one code point');
    const withRejected = JSON.parse(exportAnnotations([source], 'w3c', { includeRejected: true, baseUri: 'https://example.org/' })) as W3cCollection;
    checkCollection(withRejected, [source], { includeRejected: true, baseUri: 'https://example.org/' });
  });

  it('exports the seeds as W3C annotations', () => {
    const sources = seedSources();
    checkCollection(JSON.parse(exportAnnotations(sources, 'w3c')) as W3cCollection, sources);
  });
});

describe('export: brat', () => {
  function annOf(files: ExportFile[], base: string) {
    return files.find((f) => f.path === `${base}.ann`)!.content;
  }

  it('exports a .txt copy and a .ann whose offsets match the text, multi-line spans as fragments', () => {
    const source = handMade();
    const files = exportAnnotations([source], 'brat');
    assert.deepEqual(files.map((f) => f.path), ['news/budget.txt', 'news/budget.ann', 'annotation.conf']);
    assert.equal(files[0].content, source.text);
    const ann = annOf(files, 'news/budget');
    checkBratOffsets(source.text, ann);
    const { entities, relations, notes, attributes } = parseAnn(ann);
    const quote = [...entities.values()].find((e) => e.type === 'Quote' && e.text.startsWith('We will'))!;
    assert.equal(quote.fragments.length, 2, 'the quote crosses a line: two fragments');
    assert.equal(quote.text, 'We will cut =SUM(A1) taxes by half,');
    assert.deepEqual([...entities.values()].map((e) => e.type).sort(), ['Figure', 'Figure', 'Figure', 'Quote', 'Quote', 'Speaker']);
    assert.equal(relations.length, 2, 'both quotes are said by the one Speaker entity');
    for (const r of relations) {
      assert.equal(r.type, 'SaidBy');
      assert.equal(entities.get(r.arg2)!.type, 'Speaker');
      assert.equal(entities.get(r.arg2)!.text, 'Jane Doe');
    }
    assert.ok(notes.some((n) => n.text === 'Check <b>this</b> | *really*' && entities.get(n.target)!.type === 'Quote'));
    assert.ok(attributes.some((a) => a.name === 'Value' && a.value === '-5'));
    assert.ok(attributes.some((a) => a.name === 'Tag' && a.value === 'year'));
    assert.ok(!ann.includes('scare'), 'rejected excluded');
  });

  it('exports every seed with brat offsets equal to text.slice', () => {
    for (const source of seedSources()) {
      const ann = annOf(exportAnnotations([source], 'brat'), source.path.replace(/\.txt$/, ''));
      assert.ok(Array.from(source.text).length === source.text.length, 'seeds have no astral characters');
      const { entities, relations } = parseAnn(ann);
      for (const entity of entities.values()) {
        assert.equal(entity.fragments.map(([s, e]) => source.text.slice(s, e)).join(' '), entity.text);
      }
      const quoteCount = source.annotations.quotes.length;
      assert.equal([...entities.values()].filter((e) => e.type === 'Quote' || e.type === 'ScareQuote').length, quoteCount);
      for (const r of relations) assert.ok(entities.has(r.arg1) && entities.has(r.arg2));
    }
  });
});
