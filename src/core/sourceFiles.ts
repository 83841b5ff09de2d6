import { Minimatch } from 'minimatch';

// Which files are news sources. The extension's `newsmark.sources.*` settings default to these, and the
// CLI walks folders with them, so both see the same sources.

/** Plain-text files, anywhere in the workspace. */
export const DEFAULT_SOURCE_INCLUDE: readonly string[] = ['**/*.txt'];

/** Project furniture that is plain text but never news: dependency folders, build output, READMEs, licences. */
export const DEFAULT_SOURCE_EXCLUDE: readonly string[] = [
  '**/{node_modules,.git,.vscode,dist,out,build,.vscode-test*,.vscode-test-server}/**',
  '**/{README,LICENSE,LICENCE,CHANGELOG,CONTRIBUTING,NOTICE,AUTHORS,COPYING,SECURITY,CODE_OF_CONDUCT}*',
  '**/{requirements,constraints}*.txt',
  '**/{CMakeLists,robots,ads,humans,security}.txt',
];

export interface SourceFilter {
  include: readonly string[];
  exclude: readonly string[];
}

export const DEFAULT_SOURCE_FILTER: SourceFilter = { include: DEFAULT_SOURCE_INCLUDE, exclude: DEFAULT_SOURCE_EXCLUDE };

/** A filter's globs compiled once into regular expressions: compiling them per path made listing 10,000 sources take seconds. */
interface CompiledFilter {
  include: RegExp[];
  exclude: RegExp[];
}

// Keyed by the filter object (settings are replaced, never mutated, when they change), so it holds no stale globs.
const compiledFilters = new WeakMap<SourceFilter, CompiledFilter>();

function compiled(filter: SourceFilter): CompiledFilter {
  let found = compiledFilters.get(filter);
  if (!found) {
    // an invalid glob compiles to `false` and matches nothing, as minimatch() does
    const toRegExp = (glob: string) => new Minimatch(glob, { dot: true, nocase: true }).makeRe() || /(?!)/;
    found = { include: filter.include.map(toRegExp), exclude: filter.exclude.map(toRegExp) };
    compiledFilters.set(filter, found);
  }
  return found;
}

/** Whether a path relative to its workspace folder (forward slashes) is a source under `filter`. */
export function isSourcePath(relativePath: string, filter: SourceFilter = DEFAULT_SOURCE_FILTER): boolean {
  const { include, exclude } = compiled(filter);
  return include.some((glob) => glob.test(relativePath)) && !exclude.some((glob) => glob.test(relativePath));
}

/** Whether a whole folder is excluded (so a walk need not read it): `node_modules`, `.git`, build output. */
export function isExcludedFolder(relativeFolder: string, filter: SourceFilter = DEFAULT_SOURCE_FILTER): boolean {
  return compiled(filter).exclude.some((glob) => glob.test(`${relativeFolder}/x`));
}

/** Sidecars live beside their sources: `x.txt` → `x.txt.annotations.yaml`. */
export const SIDECAR_SUFFIX = '.annotations.yaml';
