import { ExplorationRepository } from '../graph/exploration-repository.ts';
import { parsePartialDate } from '../model/partial-date.ts';
import type { Database, StreamingTransaction } from '../neo4j/database.ts';
import { type ExportEdge, type ExportLabel, type ExportNode, exportProperties, nodeKey } from './model.ts';
import { type Selection, selectionParams } from './selection.ts';
import {
  EXPORT_ARTICLES,
  EXPORT_CLAIM_EDGES,
  EXPORT_CLAIMS,
  EXPORT_ENTITIES,
  EXPORT_EVIDENCE,
  EXPORT_EVIDENCE_EDGES,
  EXPORT_OPERATION_PLACES,
  EXPORT_SOURCES,
  EXPORT_STRUCTURE,
} from './subgraph-queries.ts';

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
  const hood = await new ExplorationRepository(db).neighborhood(actors, depth, { kinds: selection.claimKinds });
  return hood.nodeIds;
}

/** Parameters of SELECTED_CLAIMS for a selection, partial dates widened to the days they cover. */
export async function claimParams(db: Database, selection: Selection) {
  const params = selectionParams(selection, await actorScope(db, selection));
  const bound = (value: string | null, end: 'start' | 'end') => {
    const parsed = value === null ? undefined : parsePartialDate(value);
    return parsed && typeof parsed !== 'string' ? parsed[end] : null;
  };
  return { ...params, from: bound(params.from, 'start'), to: bound(params.to, 'end') };
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

/**
 * Streams the selected subgraph out of Neo4j in one read transaction: nodes by kind, then edges by kind, each
 * query returning every node or edge once (see subgraph-queries.ts). What stays in memory grows with the
 * vocabulary, not the facts: the ids of the actors, places, operations and sources exported (for their
 * hierarchy ties), and one reference per source article for the manifest.
 */
export class SubgraphReader {
  readonly articles = new Map<string, ArticleRef>();
  private readonly entities: Record<'Actor' | 'Location' | 'Operation' | 'Source', string[]> = {
    Actor: [],
    Location: [],
    Operation: [],
    Source: [],
  };

  constructor(
    private readonly db: Database,
    private readonly selection: Selection,
  ) {}

  /** Reads the subgraph, handing it to `emit` in batches; every node comes before the edges that touch it. */
  async read(emit: (batch: Batch) => Promise<void>): Promise<void> {
    const params = await claimParams(this.db, this.selection);
    const out = new Batcher(emit);
    const evidence = this.selection.includeEvidence;
    await this.db.streamingRead(async (tx) => {
      for await (const row of tx.stream(EXPORT_CLAIMS, params)) await out.node('Claim', row.props);
      for await (const row of tx.stream(EXPORT_ENTITIES, params)) {
        this.entities[row.label].push(String(row.props.id));
        await out.node(row.label, row.props);
      }
      if (evidence) {
        for await (const row of tx.stream(EXPORT_EVIDENCE, params)) await out.node('Evidence', row.props);
        for await (const row of tx.stream(EXPORT_ARTICLES, params)) {
          this.articles.set(String(row.props.id), row.props as unknown as ArticleRef);
          await out.node('Article', row.props);
        }
        for await (const row of tx.stream(EXPORT_SOURCES, params)) {
          this.entities.Source.push(String(row.props.id));
          await out.node('Source', row.props);
        }
      }
      for await (const e of tx.stream(EXPORT_CLAIM_EDGES, params)) {
        await out.edge(e.type, nodeKey('Claim', e.claim), nodeKey(e.label, e.target), { start: e.start, end: e.end });
      }
      for await (const p of tx.stream(EXPORT_OPERATION_PLACES, params)) {
        await out.edge('AT', nodeKey('Operation', p.operation), nodeKey('Location', p.location), { role: p.role });
      }
      if (evidence) {
        for await (const e of tx.stream(EXPORT_EVIDENCE_EDGES, params)) {
          const from = nodeKey('Evidence', e.evidence);
          for (const claim of e.claims) await out.edge('SUPPORTS', from, nodeKey('Claim', claim));
          for (const article of e.articles) await out.edge('FROM_ARTICLE', from, nodeKey('Article', article));
          for (const source of e.sources) await out.edge('CITES', from, nodeKey('Source', source));
        }
      }
      await this.structure(tx, out);
    });
    await out.flush();
  }

  private async structure(tx: StreamingTransaction, out: Batcher) {
    const { Actor: actors, Location: locations, Operation: operations, Source: sources } = this.entities;
    for await (const r of tx.stream(EXPORT_STRUCTURE, { actors, locations, operations, sources })) {
      const props: ExportEdge['props'] = {};
      if (r.since) props.since = r.since;
      if (r.until) props.until = r.until;
      await out.edge(r.type, nodeKey(r.fromLabel, r.from), nodeKey(r.toLabel, r.to), props);
    }
  }
}
