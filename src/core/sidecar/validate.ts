import { Validator } from '@cfworker/json-schema';
import schema from '../../../schema/annotations.schema.json';

// JSON-Schema validation of a sidecar's data (the same schema the Red Hat YAML extension completes with).

let validator: Validator | undefined;

export interface SchemaError {
  /** Path into the data: ['quotes', 3, 'status']. */
  path: (string | number)[];
  message: string;
  /** The last path segment is a key the schema does not know. */
  unknownKey?: boolean;
}

/** The schema errors of `data` (empty when valid), deepest first and without the wrappers' summaries. */
export function validateSidecarData(data: unknown): SchemaError[] {
  validator ??= new Validator(schema as object, '7', false);
  const badKey = pathToLoneSurrogateKey(data);
  // the validator builds JSON pointers with encodeURI, which throws on a lone surrogate: report the key instead
  if (badKey) return [{ path: badKey, message: `${tidyPath(badKey.slice(0, -1))}: a key contains an invalid character (a lone UTF-16 surrogate)`, unknownKey: true }];
  const result = validator.validate(data);
  if (result.valid) return [];
  // cfworker reports each failure and every enclosing keyword ($ref, properties, items): keep the leaves
  // an unknown key shows as `additionalProperties` (on the map) and `false` (on the key): keep the latter
  const leaves = result.errors.filter((e) => !/^(properties|items|\$ref|allOf|definitions|additionalProperties)$/.test(e.keyword));
  const seen = new Set<string>();
  const errors: SchemaError[] = [];
  for (const e of leaves.length ? leaves : result.errors) {
    const path = e.instanceLocation.replace(/^#\/?/, '').split('/').filter((p) => p !== '').map((p) => {
      const s = decodeURIComponent(p).replace(/~1/g, '/').replace(/~0/g, '~');
      return /^\d+$/.test(s) ? Number(s) : s;
    });
    const key = `${e.instanceLocation}|${e.error}`;
    if (seen.has(key)) continue;
    seen.add(key);
    errors.push({ path, message: tidy(e.error, path), ...(/False boolean schema/.test(e.error) ? { unknownKey: true } : {}) });
  }
  return errors;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The path to the first map key holding a lone surrogate, if any. */
function pathToLoneSurrogateKey(data: unknown, path: (string | number)[] = []): (string | number)[] | undefined {
  if (Array.isArray(data)) {
    for (let i = 0; i < data.length; i++) {
      const found = pathToLoneSurrogateKey(data[i], [...path, i]);
      if (found) return found;
    }
  } else if (data !== null && typeof data === 'object') {
    for (const [key, value] of Object.entries(data)) {
      if (LONE_SURROGATE.test(key)) return [...path, key];
      const found = pathToLoneSurrogateKey(value, [...path, key]);
      if (found) return found;
    }
  }
  return undefined;
}

function tidyPath(path: (string | number)[]): string {
  return path.length ? path.join('.') : 'the sidecar';
}

function tidy(message: string, path: (string | number)[]): string {
  if (/False boolean schema/.test(message)) {
    const parent = path.slice(0, -1);
    return `${parent.length ? parent.join('.') : 'the sidecar'}: unknown key '${String(path[path.length - 1])}'`;
  }
  const where = path.length ? path.join('.') : 'the sidecar';
  return `${where}: ${message.replace(/^Instance( does not)?/, (_m, not) => (not ? 'does not' : 'value')).replace(/\.$/, '')}`;
}
