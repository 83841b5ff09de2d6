import { closeSync, fsyncSync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { open, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { threadId } from 'node:worker_threads';

// Atomic writes: a temporary file in the same folder (same file system), fsync'd, then renamed over the target,
// so a reader sees the old file or the new one, never half of one. An existing file's mode is kept; the folder
// is fsync'd (where the platform allows it) so the rename itself survives a crash.

/** A temporary name beside `file`, unique across this process's threads and calls. */
function tempPathFor(file: string, attempt: number): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}-${threadId}-${attempt}.${Date.now().toString(36)}.tmp`);
}

/** The mode of a file that did not exist (less the umask). */
export const NEW_FILE_MODE = 0o666;

/** Writes `text` to `file` atomically, the folder fsync'd before it returns. */
export function atomicWriteFileSync(file: string, text: string): void {
  let mode = NEW_FILE_MODE;
  try {
    mode = statSync(file).mode & 0o7777;
  } catch {
    // a new file
  }
  const temp = tempPathFor(file, 0);
  const fd = openSync(temp, 'wx', mode);
  try {
    const data = Buffer.from(text, 'utf8');
    let written = 0;
    while (written < data.length) written += writeSync(fd, data, written, data.length - written);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    removeQuietlySync(temp);
    throw error;
  }
  closeSync(fd);
  try {
    renameSync(temp, file);
  } catch (error) {
    removeQuietlySync(temp);
    throw error;
  }
  syncFolderSync(path.dirname(file));
}

function removeQuietlySync(file: string): void {
  try { unlinkSync(file); } catch { /* already gone */ }
}

function syncFolderSync(dir: string): void {
  try {
    const dirFd = openSync(dir, 'r');
    try { fsyncSync(dirFd); } finally { closeSync(dirFd); }
  } catch {
    // Windows cannot open folders: the rename is still atomic
  }
}

/**
 * Atomic writes for many files at once, without blocking the thread: each file is written, fsync'd and renamed
 * like atomicWriteFileSync's, but its folder is fsync'd once for all the files renamed into it, by
 * `syncFolders()` — a folder of 100 sidecars costs one folder fsync instead of 100.
 */
export class AtomicWriter {
  private readonly unsynced = new Set<string>();
  private writes = 0;

  /** `mode`: the existing file's (or NEW_FILE_MODE) when the caller has just stat'ed it, which saves a stat per file. */
  async write(file: string, text: string, mode?: number): Promise<void> {
    mode ??= await stat(file).then((s) => s.mode & 0o7777, () => NEW_FILE_MODE);
    const temp = tempPathFor(file, this.writes++);
    const handle = await open(temp, 'wx', mode);
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } catch (error) {
      await handle.close();
      await unlink(temp).catch(() => undefined);
      throw error;
    }
    await handle.close();
    try {
      await rename(temp, file);
    } catch (error) {
      await unlink(temp).catch(() => undefined);
      throw error;
    }
    this.unsynced.add(path.dirname(file));
  }

  /** fsyncs every folder a file was renamed into since the last call. */
  async syncFolders(): Promise<void> {
    const folders = [...this.unsynced];
    this.unsynced.clear();
    await Promise.all(folders.map(async (dir) => {
      try {
        const handle = await open(dir, 'r');
        try { await handle.sync(); } finally { await handle.close(); }
      } catch {
        // Windows cannot open folders: the renames are still atomic
      }
    }));
  }
}
