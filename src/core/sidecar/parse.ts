import { parseDocument, isAlias, isMap, isNode, isScalar, visit, type Document } from 'yaml';
import { LineIndex } from '../text/lineIndex';
import { utf8Length } from './hash';
import { MAX_SIDECAR_BYTES, type SidecarModel, type SidecarProblem } from './types';
import { validateSidecarData } from './validate';

// Text → yaml Document + validated model, or problems with 1-based line and column. Never throws.

export type SidecarLoad = { ok: true; sidecar: SidecarModel; document: Document } | { ok: false; problems: SidecarProblem[] };

export const PARSE_OPTIONS = { prettyErrors: true, uniqueKeys: true } as const;

export function loadSidecar(text: string): SidecarLoad {
  if (text.length > MAX_SIDECAR_BYTES || utf8Length(text) > MAX_SIDECAR_BYTES) {
    return fail(`the sidecar is larger than ${MAX_SIDECAR_BYTES / 1024 / 1024} MiB; Newsmark refuses to read it`, 1, 1);
  }
  let doc: Document;
  try {
    doc = parseDocument(text, PARSE_OPTIONS);
  } catch (error) {
    return fail(`cannot parse the sidecar: ${error instanceof Error ? error.message : String(error)}`, 1, 1);
  }
  // Our own line index, not yaml's LineCounter: that one misses the line breaks inside a quoted scalar, so an
  // error after a multi-line string was reported on the wrong line, at a column past its end.
  const lines = new LineIndex(text);
  const at = (offset: number | undefined) => {
    const pos = lines.positionAt(offset ?? 0);
    return { line: pos.line + 1, column: pos.column + 1 };
  };
  if (doc.errors.length) {
    return { ok: false, problems: doc.errors.map((e) => ({ message: e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, ''), ...at(e.pos[0]) })) };
  }
  // anchors and aliases are refused outright: no alias bombs, and every item stays one plain block
  const refused: SidecarProblem[] = [];
  visit(doc, (_key, node) => {
    if (isAlias(node)) refused.push({ message: `aliases (*${node.source}) are not allowed in a sidecar`, ...at(node.range?.[0]) });
    else if (isNode(node) && node.anchor) refused.push({ message: `anchors (&${node.anchor}) are not allowed in a sidecar`, ...at(node.range?.[0]) });
  });
  if (refused.length) return { ok: false, problems: refused };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 0 });
  } catch (error) {
    return fail(`cannot read the sidecar: ${error instanceof Error ? error.message : String(error)}`, 1, 1);
  }
  if (data === null || data === undefined) return fail('the sidecar is empty: expected `version: 1` and `source:`', 1, 1);
  const errors = validateSidecarData(data);
  if (errors.length) {
    return {
      ok: false,
      problems: errors.map((e) => {
        if (e.unknownKey) {
          // point at the key itself
          const parent = e.path.length > 1 ? doc.getIn(e.path.slice(0, -1), true) : doc.contents;
          const pair = isMap(parent) ? parent.items.find((p) => isScalar(p.key) && p.key.value === e.path[e.path.length - 1]) : undefined;
          if (pair && isScalar(pair.key)) return { message: e.message, ...at(pair.key.range?.[0]) };
        }
        let node: unknown;
        for (let n = e.path.length; n >= 0 && !isNode(node); n--) node = n === 0 ? doc.contents : doc.getIn(e.path.slice(0, n), true);
        return { message: e.message, ...at(isNode(node) ? node.range?.[0] : 0) };
      }),
    };
  }
  const model = normalise(data as SidecarModel);
  const semantic = checkSemantics(model, doc, at);
  if (semantic.length) return { ok: false, problems: semantic };
  return { ok: true, sidecar: model, document: doc };
}

function normalise(data: SidecarModel): SidecarModel {
  return { ...data, articles: data.articles ?? [], quotes: data.quotes ?? [], figures: data.figures ?? [], entities: data.entities ?? [] };
}

function checkSemantics(model: SidecarModel, doc: Document, at: (offset: number | undefined) => { line: number; column: number }): SidecarProblem[] {
  const problems: SidecarProblem[] = [];
  const ids = new Set<string>();
  const where = (path: (string | number)[]) => {
    const node = doc.getIn(path, true);
    return at(isNode(node) ? node.range?.[0] : 0);
  };
  for (const block of ['quotes', 'figures'] as const) {
    model[block].forEach((item, i) => {
      if (ids.has(item.id)) problems.push({ message: `duplicate id '${item.id}'`, ...where([block, i, 'id']) });
      ids.add(item.id);
      if (item.target.end < item.target.start) problems.push({ message: `${block}.${i}.target: end is before start`, ...where([block, i, 'target']) });
    });
  }
  const names = new Set<string>();
  model.entities.forEach((entity, i) => {
    if (names.has(entity.name)) problems.push({ message: `duplicate entity '${entity.name}'`, ...where(['entities', i, 'name']) });
    names.add(entity.name);
  });
  return problems;
}

function fail(message: string, line: number, column: number): SidecarLoad {
  return { ok: false, problems: [{ message, line, column }] };
}
