import { type CompiledSelection, compileClaimSelection } from '../graph/claim-selection.ts';
import { ExplorationRepository } from '../graph/exploration-repository.ts';
import type { Database } from '../neo4j/database.ts';
import { type ExportEdge, type ExportLabel, type ExportNode, exportProperties, nodeKey } from './model.ts';
import { claimSelectionOf, type Selection } from './selection.ts';

// What every view's reader shares: the parameters of the selected claims, and batching of what it streams.

export interface Batch {
  nodes: ExportNode[];
  edges: ExportEdge[];
}

export interface ArticleRef {
  id: string;
  title: string;
  publisher: string;
  publishedAt: string;
  url: string | null;
}

const BATCH_SIZE = 1000;

/** The actors a selection's `actors` and `depth` reach (null: no actor criterion). */
async function actorScope(db: Database, selection: Selection): Promise<string[] | null> {
  const { actors, depth } = selection;
  if (!actors) return null;
  if (depth === 0) return actors;
  const hood = await new ExplorationRepository(db).neighborhood(actors, depth, {
    kinds: selection.claimKinds,
    rollUp: selection.rollUp,
  });
  return hood.nodeIds;
}

/** The export selection compiled by the one claim selection (graph/claim-selection.ts), actors reached included. */
export async function selectedClaims(db: Database, selection: Selection): Promise<CompiledSelection> {
  return compileClaimSelection(claimSelectionOf(selection, await actorScope(db, selection)));
}

/** Collects streamed nodes and edges into batches of BATCH_SIZE, handing each to the writer when full. */
export class Batcher {
  private batch: Batch = { nodes: [], edges: [] };

  constructor(private readonly emit: (batch: Batch) => Promise<void>) {}

  async add(node: ExportNode) {
    this.batch.nodes.push(node);
    if (this.batch.nodes.length >= BATCH_SIZE) await this.flush();
  }

  async addEdge(edge: ExportEdge) {
    this.batch.edges.push(edge);
    if (this.batch.edges.length >= BATCH_SIZE) await this.flush();
  }

  async node(label: ExportLabel, raw: Record<string, unknown>, labels?: string[]) {
    await this.add({ key: nodeKey(label, String(raw.id)), label, labels, props: exportProperties(label, raw) });
  }

  async edge(type: string, source: string, target: string, props: ExportEdge['props'] = {}) {
    await this.addEdge({ key: `${type}:${source}->${target}`, type, source, target, props });
  }

  async flush() {
    if (this.batch.nodes.length === 0 && this.batch.edges.length === 0) return;
    const full = this.batch;
    this.batch = { nodes: [], edges: [] };
    await this.emit(full);
  }
}
