import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_SOURCE_FILTER, isExcludedFolder, isSourcePath, type SourceFilter } from '../core/sourceFiles';

/**
 * Expands the CLI's arguments into source files: a file is taken as given; a folder is walked for the files
 * the extension would treat as sources (paths relative to that folder), in sorted order.
 */
export function collectSources(args: readonly string[], filter: SourceFilter = DEFAULT_SOURCE_FILTER): string[] {
  const files: string[] = [];
  for (const arg of args) {
    const stat = statSync(arg); // throws ENOENT with the path: reported by the caller
    if (stat.isDirectory()) files.push(...walk(arg, arg, filter));
    else files.push(arg);
  }
  return files;
}

function walk(root: string, dir: string, filter: SourceFilter): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    const relative = path.relative(root, full).split(path.sep).join('/');
    if (entry.isDirectory()) {
      // excluded folders are not read at all: node_modules can be huge
      if (!isExcludedFolder(relative, filter)) found.push(...walk(root, full, filter));
    } else if (entry.isFile() && isSourcePath(relative, filter)) {
      found.push(full);
    }
  }
  return found;
}
