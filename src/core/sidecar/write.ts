import { Document, isMap, isScalar, isSeq, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { writeCanonicalSidecar } from './canonical';
import { headerComment, ITEM_BLOCKS, MAP_KEYS, type Plain } from './layout';
import { KEY_ORDER, type SidecarModel } from './types';

// Model → YAML text. An existing Document is updated in place — only the nodes whose values changed are
// replaced, new keys go to their place in KEY_ORDER, items are matched by id (entities by name) — so a
// person's comments, blank lines and key order survive. A new sidecar is written in the canonical layout,
// without building a Document where canonical.ts can print it.

export const TO_STRING_OPTIONS = { lineWidth: 0, indent: 2, indentSeq: true } as const;

export function writeSidecar(doc: Document | null, model: SidecarModel): string {
  return (doc ? undefined : writeCanonicalSidecar(model, headerComment(model.source.path))) ?? writeWithDocument(doc, model);
}

/** The Document path alone (what canonical.ts must match byte for byte). */
export function writeWithDocument(doc: Document | null, model: SidecarModel): string {
  if (!doc) {
    doc = new Document({});
    doc.commentBefore = headerComment(model.source.path);
  }
  if (!isMap(doc.contents)) doc.contents = doc.createNode({}) as never;
  applyMap(doc, doc.contents as YAMLMap, model as unknown as Record<string, Plain | undefined>, 'root');
  return doc.toString(TO_STRING_OPTIONS);
}

function applyMap(doc: Document, map: YAMLMap, obj: Record<string, Plain | undefined>, order: keyof typeof KEY_ORDER): void {
  const keys: readonly string[] = KEY_ORDER[order];
  const isRoot = order === 'root';
  // remove keys the model no longer has (empty item blocks stay as `[]` once written)
  for (const pair of [...map.items]) {
    const k = keyOf(pair);
    if (k === undefined) continue;
    const v = obj[k];
    if (v === undefined && !(isRoot && ITEM_BLOCKS[k])) map.items.splice(map.items.indexOf(pair), 1);
  }
  for (const k of keys) {
    const v = obj[k];
    if (v === undefined) continue;
    let pair = map.items.find((p) => keyOf(p) === k) as Pair<unknown, unknown> | undefined;
    if (isRoot && ITEM_BLOCKS[k] && Array.isArray(v) && v.length === 0 && !pair) continue; // empty blocks are not written
    if (!pair) {
      pair = new Pair(doc.createNode(k), null);
      const at = map.items.findIndex((p) => keys.indexOf(keyOf(p) ?? '') > keys.indexOf(k));
      if (at === -1) map.items.push(pair as never);
      else map.items.splice(at, 0, pair as never);
    }
    if (isRoot && ITEM_BLOCKS[k]) pair.value = applySeq(doc, pair.value, v as Plain[], ITEM_BLOCKS[k]);
    else if (MAP_KEYS[k] && v !== null && typeof v === 'object' && !Array.isArray(v)) {
      if (!isMap(pair.value)) pair.value = newMap(doc);
      applyMap(doc, pair.value as YAMLMap, v, MAP_KEYS[k]);
    } else {
      pair.value = applyValue(doc, pair.value, v);
      // a selector's text with line breaks stays on one line ("a\n\nb"): compact, and a one-line diff
      if (order === 'target' && typeof v === 'string' && v.includes('\n') && isScalar(pair.value) && pair.value.type === undefined) pair.value.type = Scalar.QUOTE_DOUBLE;
    }
  }
}

function applySeq(doc: Document, node: unknown, items: Plain[], block: { order: keyof typeof KEY_ORDER; key?: string }): YAMLSeq {
  const seq = isSeq(node) ? node : (doc.createNode([]) as YAMLSeq);
  const old = seq.items.filter(isMap) as YAMLMap[];
  const byKey = new Map<unknown, YAMLMap>();
  if (block.key) for (const m of old) if (!byKey.has(m.get(block.key))) byKey.set(m.get(block.key), m);
  seq.items = items.map((item, i) => {
    const obj = item as Record<string, Plain | undefined>;
    const map = (block.key ? byKey.get(obj[block.key]) : old[i]) ?? newMap(doc);
    if (block.key) byKey.delete(obj[block.key]);
    applyMap(doc, map, obj, block.order);
    return map;
  });
  seq.flow = false;
  return seq;
}

function newMap(doc: Document): YAMLMap {
  const map = doc.createNode({}) as YAMLMap;
  map.flow = false;
  return map;
}

function applyValue(doc: Document, node: unknown, v: Plain): unknown {
  if (Array.isArray(v)) {
    if (isSeq(node) && node.items.length === v.length && node.items.every((n, i) => isScalar(n) && n.value === v[i])) return node;
    const seq = doc.createNode(v) as YAMLSeq;
    seq.flow = false;
    return seq;
  }
  if (isScalar(node) && node.value === v) return node;
  if (isScalar(node) && typeof v === 'string' && (node.type === Scalar.PLAIN || node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE)) {
    // keep the person's quoting style where it still fits
    const next = doc.createNode(v) as Scalar;
    next.type = node.type === Scalar.PLAIN ? undefined : node.type;
    return next;
  }
  return doc.createNode(v);
}

function keyOf(pair: unknown): string | undefined {
  const k = (pair as Pair).key;
  if (isScalar(k)) return String(k.value);
  return typeof k === 'string' ? k : undefined;
}
