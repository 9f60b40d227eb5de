import { randomUUID } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/**
 * The local filesystem backend: artifact content lives under one root directory (a mounted
 * volume in Kubernetes). For now it only makes sure the root exists and stays writable;
 * reading and writing content come with UploadArtifact and DownloadArtifact.
 */
export class LocalDisk {
  readonly root: string;

  private constructor(root: string) {
    this.root = root;
  }

  /** Creates the directory when missing and proves it writable. Thrown with the reason (EACCES, ENOTDIR, EROFS...) otherwise. */
  static async open(dir: string): Promise<LocalDisk> {
    const disk = new LocalDisk(resolve(dir));
    await mkdir(disk.root, { recursive: true });
    await disk.check();
    return disk;
  }

  /**
   * Thrown when a file can no longer be created in the root: the volume was unmounted or
   * remounted read-only, or the directory was removed. Used by /readyz (check "disk").
   * Writing a file is the only honest probe: access(W_OK) says yes on a read-only mount
   * for some filesystems, and says nothing about a directory that is about to vanish.
   */
  async check(): Promise<void> {
    const probe = join(this.root, `.probe-${randomUUID()}`);
    try {
      await writeFile(probe, '', { flag: 'wx' });
    } catch (err) {
      throw new Error(`cannot write to ${this.root}: ${(err as Error).message}`, { cause: err });
    }
    await rm(probe, { force: true });
  }
}
