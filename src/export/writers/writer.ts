import type { ExportEdge, ExportNode } from '../model.ts';
import type { WrittenFile } from '../sink.ts';

/** A format: receives nodes and edges as they stream out of Neo4j, every node before the first edge. */
export interface GraphWriter {
  nodes(nodes: ExportNode[]): Promise<void>;
  edges(edges: ExportEdge[]): Promise<void>;
  finish(): Promise<WrittenFile[]>;
}
