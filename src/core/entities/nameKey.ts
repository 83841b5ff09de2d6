// On its own, without the name lexicons, so that what only compares names (the workspace's people, in the
// extension's own bundle) does not carry the extractor's lexicons with it.

const nameKeys = new Map<string, string>();

/** The comparison key of a name: lowercase, honorifics and middle initials out, curly apostrophes straightened. */
export function nameKey(name: string): string {
  let key = nameKeys.get(name);
  if (key === undefined) {
    if (nameKeys.size > 50000) nameKeys.clear(); // a bounded memo
    key = computeNameKey(name);
    nameKeys.set(name, key);
  }
  return key;
}

function computeNameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/[’]/g, "'")
    .replace(/\b(?:mr|mrs|ms|dr|sir|dame)\.?\s+/g, '')
    .replace(/\s+\p{L}\.(?=\s)/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}
