import { randomBytes } from 'node:crypto';
import { readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { UserFacingError } from '../errors.ts';
import type { Database } from '../neo4j/database.ts';
import { type ExportFormat, exportSubgraph, type Manifest } from './export-service.ts';
import type { SelectionInput } from './selection.ts';

export interface DirectoryExportOptions {
  /** Replace a non-empty `out` (only once the new export is complete). */
  force?: boolean;
  /** Called with the staging folder as soon as it exists, so an interrupted process can remove it. */
  onStaging?: (dir: string) => void;
}

async function checkTarget(out: string, force: boolean): Promise<boolean> {
  const info = await stat(out).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw asUserFacing(error, out);
  });
  if (!info) return false;
  if (!info.isDirectory()) throw new UserFacingError(`--out: ${out} is a file; name a directory (new or empty)`);
  const entries = await readdir(out);
  if (entries.length > 0 && !force) {
    throw new UserFacingError(`--out: ${out} is not empty; choose a new directory, or add --force to replace it`);
  }
  return true;
}

/**
 * Writes the export beside `out` in a staging folder and renames it into place only when the export and its
 * manifest are complete: a failure or an interruption leaves the previous export in `out` untouched, never a
 * truncated file beside an old manifest. Staging sits in the same parent, so the renames do not copy.
 */
export async function exportToDirectory(
  db: Database,
  selection: SelectionInput,
  format: ExportFormat,
  out: string,
  options: DirectoryExportOptions = {},
): Promise<Manifest> {
  const target = resolve(out);
  const exists = await checkTarget(target, options.force ?? false);
  const suffix = randomBytes(4).toString('hex');
  const staging = join(dirname(target), `.${basename(target)}.partial-${suffix}`);
  options.onStaging?.(staging);
  try {
    const manifest = await exportSubgraph(db, selection, format, staging);
    if (exists) {
      const old = join(dirname(target), `.${basename(target)}.old-${suffix}`);
      await rename(target, old);
      await rename(staging, target);
      await rm(old, { recursive: true, force: true });
    } else {
      await rename(staging, target);
    }
    return manifest;
  } catch (error) {
    await rm(staging, { recursive: true, force: true }).catch(() => undefined);
    throw asUserFacing(error, out);
  }
}

/** A file-system refusal (a parent that is a file, no permission, a full disk) said in one line, naming --out. */
function asUserFacing(error: unknown, out: string): unknown {
  const code = (error as NodeJS.ErrnoException).code;
  const reasons: Record<string, string> = {
    ENOTDIR: 'a part of that path is a file, not a directory',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EROFS: 'the file system is read-only',
    ENOSPC: 'the disk is full',
    EEXIST: 'something else is already there',
  };
  return code && reasons[code] ? new UserFacingError(`--out: cannot write ${out}: ${reasons[code]}`) : error;
}
