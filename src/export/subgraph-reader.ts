import type { z } from 'zod';
import type { CompiledSelection } from '../graph/claim-selection.ts';
import type { Database, StreamingTransaction } from '../neo4j/database.ts';
import { type ArticleRef, type Batch, Batcher, selectedClaims } from './batcher.ts';
import { claimLabel } from './claim-context.ts';
import { EXPORT_ALL_ARTICLES, EXPORT_ALL_SOURCES, EXPORT_CLAIM_LINKS, EXPORT_CONTEXT } from './context-queries.ts';
import { type ExportEdge, nodeKey, type Properties } from './model.ts';
import { isWholeGraph, type Selection } from './selection.ts';
import {
  EXPORT_ALL_ENTITIES,
  EXPORT_ARTICLES,
  EXPORT_CLAIM_EDGES,
  EXPORT_CLAIMS,
  EXPORT_ENTITIES,
  EXPORT_EVIDENCE,
  EXPORT_EVIDENCE_EDGES,
  EXPORT_SOURCES,
  EXPORT_STRUCTURE,
  type entityRow,
} from './subgraph-queries.ts';

/**
 * Streams the selected subgraph out of Neo4j in one read transaction: nodes by kind, then edges by kind, each
 * query returning every node or edge once (see subgraph-queries.ts). With no criterion at all it is the whole
 * graph: every actor, place, operation, article and source, with or without claims, and every tie between them. What stays in memory grows with the
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
    const selected = await selectedClaims(this.db, this.selection);
    const out = new Batcher(emit);
    const whole = isWholeGraph(this.selection);
    await this.db.streamingRead(async (tx) => {
      for await (const row of tx.stream(EXPORT_CLAIMS(selected), selected.params)) {
        const { props, subject, object, disputed, alternativeGroup } = row;
        const label = claimLabel(props as Properties, subject, object);
        await out.node('Claim', { ...props, label, disputed, alternativeGroup });
      }
      for await (const row of tx.stream(whole ? EXPORT_ALL_ENTITIES : EXPORT_ENTITIES(selected), selected.params))
        await this.entity(out, row);
      // A selection brings along the parents its actors, places and operations roll up to.
      if (!whole) {
        const { Actor: actors, Location: locations, Operation: operations } = this.entities;
        const exported = { actors: [...actors], locations: [...locations], operations: [...operations] };
        for await (const row of tx.stream(EXPORT_CONTEXT, exported)) await this.entity(out, row);
      }
      if (this.selection.includeEvidence) await this.evidenceNodes(tx, out, selected, whole);
      for await (const e of tx.stream(EXPORT_CLAIM_EDGES(selected), selected.params)) {
        await out.edge(e.type, nodeKey('Claim', e.claim), nodeKey(e.label, e.target), { start: e.start, end: e.end });
      }
      for await (const l of tx.stream(EXPORT_CLAIM_LINKS(selected), selected.params)) {
        await out.edge(l.type, nodeKey('Claim', l.from), nodeKey('Claim', l.to));
      }
      if (this.selection.includeEvidence) {
        for await (const e of tx.stream(EXPORT_EVIDENCE_EDGES(selected), selected.params)) {
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

  private async entity(out: Batcher, row: z.infer<typeof entityRow>) {
    this.entities[row.label].push(String(row.props.id));
    await out.node(row.label, row.props, row.alliance ? ['Alliance'] : undefined);
  }

  private async evidenceNodes(tx: StreamingTransaction, out: Batcher, selected: CompiledSelection, whole: boolean) {
    for await (const row of tx.stream(EXPORT_EVIDENCE(selected), selected.params))
      await out.node('Evidence', row.props);
    for await (const row of tx.stream(whole ? EXPORT_ALL_ARTICLES : EXPORT_ARTICLES(selected), selected.params)) {
      this.articles.set(String(row.props.id), row.props as unknown as ArticleRef);
      await out.node('Article', row.props);
    }
    for await (const row of tx.stream(whole ? EXPORT_ALL_SOURCES : EXPORT_SOURCES(selected), selected.params)) {
      this.entities.Source.push(String(row.props.id));
      await out.node('Source', row.props);
    }
  }

  private async structure(tx: StreamingTransaction, out: Batcher) {
    const { Actor: actors, Location: locations, Operation: operations, Source: sources } = this.entities;
    for await (const r of tx.stream(EXPORT_STRUCTURE, { actors, locations, operations, sources })) {
      const props: ExportEdge['props'] = {};
      for (const name of ['since', 'until', 'start', 'end', 'role'] as const) if (r[name]) props[name] = r[name];
      await out.edge(r.type, nodeKey(r.fromLabel, r.from), nodeKey(r.toLabel, r.to), props);
    }
  }
}
