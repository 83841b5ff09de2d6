// The pure part of a decoration update on a 100,000-line source (src/extension/decorationSpans.ts plus the
// offset → line/column conversion VS Code does for each range): every mark, and only the visible window
// (60 lines on screen and the controller's 200-line margin either side), as on files over 20,000 lines.
import { loadModules, percentile } from './bundle.mjs';
import { seedTexts } from './corpus.mjs';

const LINES = 100_000;
const RUNS = 20;

/**
 * The seeds' analysis repeated (offsets shifted) until the text has LINES lines — no 18 MB analysis needed —
 * then turned into annotations by the same code the extension uses, so the objects have their real shape.
 */
function tiledAnnotations(core) {
  const block = `${seedTexts().join('\n\n')}\n`;
  const analysis = core.analyze(block);
  const copies = Math.ceil(LINES / (block.split('\n').length - 1));
  const shift = (span, by) => ({ ...span, start: span.start + by, end: span.end + by });
  const tiled = { articles: [], quotes: [], figures: [], entities: analysis.entities.map((e) => ({ ...e, mentions: [] })) };
  for (let copy = 0; copy < copies; copy++) {
    const by = copy * block.length;
    tiled.articles.push(...analysis.articles.map((a) => shift(a, by)));
    tiled.quotes.push(...analysis.quotes.map((q) => ({ ...shift(q, by), speakerMention: q.speakerMention && shift(q.speakerMention, by) })));
    tiled.figures.push(...analysis.figures.map((f) => shift(f, by)));
    analysis.entities.forEach((entity, i) => tiled.entities[i].mentions.push(...(entity.mentions ?? []).map((m) => shift(m, by))));
  }
  const text = block.repeat(copies);
  return { text, annotations: core.annotationsFor(null, text, tiled).annotations };
}

function time(run) {
  run();
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    run();
    times.push(performance.now() - t0);
  }
  return percentile(times, 50);
}

export async function measureDecorations() {
  const core = await loadModules({
    analyze: 'src/core/analyze.ts#analyze',
    annotationsFor: 'src/core/sidecar/index.ts#annotationsFor',
    decorationSpans: 'src/extension/decorationSpans.ts#decorationSpans',
    LineIndex: 'src/core/text/lineIndex.ts#LineIndex',
  });
  const { text, annotations } = tiledAnnotations(core);
  const lines = new core.LineIndex(text);
  const shown = { speakers: true, quotes: true, scareQuotes: true, figures: true };
  const update = (window) => {
    const spans = core.decorationSpans(annotations, shown, window);
    let marks = 0;
    for (const slot of Object.values(spans)) for (const span of slot) marks += lines.positionAt(span.start).line >= 0 && lines.positionAt(span.end).line >= 0 ? 1 : 0;
    return marks;
  };
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1 && lineStarts.length < LINES; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const middle = Math.floor(LINES / 2);
  const window = { start: lineStarts[middle - 200], end: lineStarts[middle + 60 + 200] };
  return {
    lines: text.split('\n').length - 1,
    marksAll: update(undefined),
    marksVisible: update(window),
    allMs: time(() => update(undefined)),
    visibleMs: time(() => update(window)),
  };
}
