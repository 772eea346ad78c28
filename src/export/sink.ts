import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { basename } from 'node:path';

export interface WrittenFile {
  name: string;
  bytes: number;
  sha256: string;
}

/** A file written in order, hashed on the way (the manifest's checksum), honouring back-pressure. */
export class FileSink {
  private readonly stream: WriteStream;
  private readonly hash = createHash('sha256');
  private bytes = 0;

  constructor(readonly path: string) {
    this.stream = createWriteStream(path, { encoding: 'utf8' });
  }

  async write(text: string): Promise<void> {
    this.hash.update(text, 'utf8');
    this.bytes += Buffer.byteLength(text, 'utf8');
    if (!this.stream.write(text)) await once(this.stream, 'drain');
  }

  async close(): Promise<WrittenFile> {
    this.stream.end();
    await once(this.stream, 'finish');
    return { name: basename(this.path), bytes: this.bytes, sha256: this.hash.digest('hex') };
  }
}

/**
 * For formats that want every node before the first edge: edges wait in a side file, appended to the main file
 * once the nodes are written, then removed.
 */
export async function appendSideFile(main: FileSink, side: FileSink): Promise<void> {
  await side.close();
  for await (const chunk of createReadStream(side.path, { encoding: 'utf8' })) await main.write(chunk as string);
  await rm(side.path);
}
