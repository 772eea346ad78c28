import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
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
 * For formats that write every node before the first edge (GEXF, JSON): the reader sends them in that order
 * (subgraph-reader.ts), so the file is written straight through; a node after an edge is a bug, and says so.
 */
export class NodesThenEdges {
  private at: 'start' | 'nodes' | 'edges' = 'start';

  constructor(
    private readonly opening: () => Promise<void>,
    private readonly between: () => Promise<void>,
  ) {}

  async enter(section: 'nodes' | 'edges'): Promise<void> {
    if (section === this.at) return;
    if (this.at === 'edges') throw new Error('export writers take every node before the first edge');
    if (this.at === 'start') await this.opening();
    if (section === 'edges') await this.between();
    this.at = section;
  }
}
