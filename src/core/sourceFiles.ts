import { minimatch } from 'minimatch';

// Which files are news sources. The extension's `newsmark.sources.*` settings default to these, and the
// CLI walks folders with them, so both see the same sources.

/** Plain-text files, anywhere in the workspace. */
export const DEFAULT_SOURCE_INCLUDE: readonly string[] = ['**/*.txt'];

/** Project furniture that is plain text but never news: dependency folders, build output, READMEs, licences. */
export const DEFAULT_SOURCE_EXCLUDE: readonly string[] = [
  '**/{node_modules,.git,dist,out,build,.vscode-test*,.vscode-test-server}/**',
  '**/{README,LICENSE,LICENCE,CHANGELOG,CONTRIBUTING,NOTICE,AUTHORS,COPYING,SECURITY,CODE_OF_CONDUCT}*',
  '**/{requirements,constraints}*.txt',
  '**/{CMakeLists,robots,ads,humans,security}.txt',
];

export interface SourceFilter {
  include: readonly string[];
  exclude: readonly string[];
}

export const DEFAULT_SOURCE_FILTER: SourceFilter = { include: DEFAULT_SOURCE_INCLUDE, exclude: DEFAULT_SOURCE_EXCLUDE };

/** Whether a path relative to its workspace folder (forward slashes) is a source under `filter`. */
export function isSourcePath(relativePath: string, filter: SourceFilter = DEFAULT_SOURCE_FILTER): boolean {
  const options = { dot: true, nocase: true };
  return (
    filter.include.some((glob) => minimatch(relativePath, glob, options)) &&
    !filter.exclude.some((glob) => minimatch(relativePath, glob, options))
  );
}

/** Whether a whole folder is excluded (so a walk need not read it): `node_modules`, `.git`, build output. */
export function isExcludedFolder(relativeFolder: string, filter: SourceFilter = DEFAULT_SOURCE_FILTER): boolean {
  const options = { dot: true, nocase: true };
  return filter.exclude.some((glob) => minimatch(`${relativeFolder}/x`, glob, options));
}

/** Sidecars live beside their sources: `x.txt` → `x.txt.annotations.yaml`. */
export const SIDECAR_SUFFIX = '.annotations.yaml';
