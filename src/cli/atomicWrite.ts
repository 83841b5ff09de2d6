import { closeSync, fsyncSync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';

/**
 * Writes `text` to `file` atomically: a temporary file in the same folder (same file system), fsync'd, then
 * renamed over the target, so a reader sees the old file or the new one, never half of one. An existing
 * file's mode is kept; the folder is fsync'd where the platform allows it.
 */
export function atomicWriteFileSync(file: string, text: string): void {
  const dir = path.dirname(file);
  let mode = 0o666;
  try {
    mode = statSync(file).mode & 0o7777;
  } catch {
    // a new file: the default mode (less the umask)
  }
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  const fd = openSync(temp, 'wx', mode);
  try {
    const data = Buffer.from(text, 'utf8');
    let written = 0;
    while (written < data.length) written += writeSync(fd, data, written, data.length - written);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    try { unlinkSync(temp); } catch { /* already gone */ }
    throw error;
  }
  closeSync(fd);
  try {
    renameSync(temp, file);
  } catch (error) {
    try { unlinkSync(temp); } catch { /* already gone */ }
    throw error;
  }
  try {
    const dirFd = openSync(dir, 'r');
    try { fsyncSync(dirFd); } finally { closeSync(dirFd); }
  } catch {
    // Windows cannot open folders: the rename is still atomic
  }
}
