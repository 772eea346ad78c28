import { CERTAINTIES } from '../model/vocabulary.ts';
import type { Database } from '../neo4j/database.ts';
import {
  ACTOR_NETWORK_EDGES,
  ACTOR_NETWORK_NODES,
  ACTOR_NETWORK_WEIGHTED_EDGES,
  type ActorClaimRow,
  type ActorWeightedRow,
} from './actor-network-queries.ts';
import { type ArticleRef, type Batch, Batcher, selectedClaims } from './batcher.ts';
import { claimLabel } from './claim-context.ts';
import type { ExportColumns, ExportEdge, Properties } from './model.ts';
import type { Selection } from './selection.ts';
import { EXPORT_ARTICLES } from './subgraph-queries.ts';

// The actor network view (`view: actors`): actors as nodes, claims as edges between them. See
// actor-network-queries.ts for what an edge is; the columns below are what each one carries.

export const ACTOR_VIEW_COLUMNS: ExportColumns = {
  node: {
    id: 'string',
    name: 'string',
    kind: 'string',
    country: 'string',
    wikidata: 'string',
    description: 'string',
    aliases: 'string[]',
    partOf: 'string[]',
    memberOf: 'string[]',
    affiliatedWith: 'string[]',
  },
  edge: {
    label: 'string',
    claim: 'string',
    kind: 'string',
    supportType: 'string',
    statementType: 'string',
    materiel: 'string[]',
    certainty: 'string',
    polarity: 'string',
    disputed: 'boolean',
    contradictedBy: 'string[]',
    alternativeGroup: 'string',
    alternativeTo: 'string[]',
    officiallyAcknowledged: 'boolean',
    draft: 'boolean',
    date: 'string',
    start: 'date',
    end: 'date',
    operation: 'string',
    operationName: 'string',
    evidenceCount: 'int',
    articleCount: 'int',
    publisherCount: 'int',
  },
  labels: {
    Actor: [
      'id',
      'name',
      'kind',
      'country',
      'wikidata',
      'description',
      'aliases',
      'partOf',
      'memberOf',
      'affiliatedWith',
    ],
  },
};

/** Weighted: one edge per subject, object, kind and polarity, with how many claims and which. */
export const WEIGHTED_ACTOR_VIEW_COLUMNS: ExportColumns = {
  ...ACTOR_VIEW_COLUMNS,
  edge: {
    label: 'string',
    kind: 'string',
    polarity: 'string',
    weight: 'int',
    claims: 'string[]',
    supportTypes: 'string[]',
    materiel: 'string[]',
    certainty: 'string',
    disputed: 'boolean',
    drafts: 'int',
    start: 'date',
    end: 'date',
    evidenceCount: 'int',
    articleCount: 'int',
  },
};

/** Drops absent values and empty lists, so every format leaves them out rather than writing "". */
function present(props: Record<string, unknown>): Properties {
  const out: Properties = {};
  for (const [k, v] of Object.entries(props)) {
    if (v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) continue;
    out[k] = v as Properties[string];
  }
  return out;
}

function claimEdge(row: ActorClaimRow): ExportEdge {
  const c = row.claim;
  const props = present({
    label: claimLabel(c as Properties, row.sourceName, row.targetName),
    claim: c.id,
    kind: c.kind,
    supportType: c.supportType,
    statementType: c.statementType,
    materiel: c.materiel,
    certainty: c.certainty,
    polarity: c.polarity,
    disputed: row.contradictedBy.length > 0,
    contradictedBy: row.contradictedBy,
    alternativeGroup: row.alternativeGroup,
    alternativeTo: row.alternativeTo,
    officiallyAcknowledged: c.officiallyAcknowledged,
    draft: c.draft,
    date: c.date,
    start: row.start,
    end: row.end,
    operation: row.operation,
    operationName: row.operationName,
    evidenceCount: c.evidenceCount,
    articleCount: c.articleCount,
    publisherCount: c.publisherCount,
  });
  return { key: String(c.id), type: String(c.kind), source: row.source, target: row.target, props };
}

/** Parallel claims as one edge: how many, which, and what they say together (strongest certainty, any dispute). */
function weightedEdge(row: ActorWeightedRow): ExportEdge {
  const claims = row.claims;
  const unique = (values: (string | null | undefined)[]) =>
    [...new Set(values.filter((v): v is string => typeof v === 'string'))].sort();
  const dates = (key: 'start' | 'end') => unique(claims.map((c) => c[key]));
  const props = present({
    label: `${row.sourceName} → ${row.targetName}: ${row.kind.toLowerCase()} ×${claims.length}${row.polarity === 'DENIED' ? ', DENIED' : ''}`,
    kind: row.kind,
    polarity: row.polarity,
    weight: claims.length,
    claims: claims.map((c) => c.id),
    supportTypes: unique(claims.map((c) => c.supportType)),
    materiel: unique(claims.flatMap((c) => c.materiel ?? [])),
    certainty: CERTAINTIES[Math.max(...claims.map((c) => c.certaintyRank))],
    disputed: claims.some((c) => c.disputed),
    // how many of its claims an extractor made and no writer accepted yet
    drafts: claims.filter((c) => c.draft === true).length,
    start: dates('start')[0],
    end: dates('end').at(-1),
    evidenceCount: claims.reduce((sum, c) => sum + (c.evidenceCount ?? 0), 0),
    articleCount: row.articleCount,
  });
  const key = `${row.kind}:${row.source}->${row.target}:${row.polarity}`;
  return { key, type: row.kind, source: row.source, target: row.target, props };
}

export class ActorNetworkReader {
  readonly articles = new Map<string, ArticleRef>();

  constructor(
    private readonly db: Database,
    private readonly selection: Selection,
    private readonly weighted = false,
  ) {}

  async read(emit: (batch: Batch) => Promise<void>): Promise<void> {
    const selected = await selectedClaims(this.db, this.selection);
    const out = new Batcher(emit);
    await this.db.streamingRead(async (tx) => {
      for await (const row of tx.stream(ACTOR_NETWORK_NODES(selected), selected.params)) {
        const { aliasNames, ...raw } = row.props;
        const props = present({ ...raw, aliases: aliasNames });
        await out.add({ key: String(raw.id), label: 'Actor', labels: row.alliance ? ['Alliance'] : [], props });
      }
      if (this.weighted) {
        for await (const row of tx.stream(ACTOR_NETWORK_WEIGHTED_EDGES(selected), selected.params))
          await out.addEdge(weightedEdge(row));
      } else {
        for await (const row of tx.stream(ACTOR_NETWORK_EDGES(selected), selected.params))
          await out.addEdge(claimEdge(row));
      }
      for await (const row of tx.stream(EXPORT_ARTICLES(selected), selected.params)) {
        this.articles.set(String(row.props.id), row.props as unknown as ArticleRef);
      }
    });
    await out.flush();
  }
}
