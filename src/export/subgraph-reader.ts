import { z } from 'zod';
import { ExplorationRepository } from '../graph/exploration-repository.ts';
import { parsePartialDate } from '../model/partial-date.ts';
import { type Database, namedQuery } from '../neo4j/database.ts';
import { type ExportEdge, type ExportLabel, type ExportNode, exportProperties, nodeKey } from './model.ts';
import { type Selection, selectionParams } from './selection.ts';

const SELECT_CLAIMS = namedQuery(
  'exportSelectClaims',
  `MATCH (c:Claim)
   WHERE ($operations IS NULL OR EXISTS { MATCH (c)-[:IN_OPERATION]->(o:Operation) WHERE o.id IN $operations })
     AND ($actors IS NULL OR all(x IN COLLECT { MATCH (c)-[:SUBJECT|OBJECT]->(a:Actor) RETURN a.id } WHERE x IN $actors))
     AND ($alliance IS NULL OR EXISTS {
           MATCH (c)-[:SUBJECT|OBJECT]->(:Actor)-[:PART_OF*0..3]->(:Actor)-[:MEMBER_OF]->(:Actor {id: $alliance}) })
     AND ($location IS NULL
          OR EXISTS { MATCH (c)-[:AT]->(:Location)-[:PART_OF*0..6]->(:Location {id: $location}) }
          OR EXISTS { MATCH (c)-[:IN_OPERATION]->(:Operation)-[:AT]->(:Location)-[:PART_OF*0..6]->(:Location {id: $location}) })
     AND ($from IS NULL OR c.sortDateEnd >= date($from))
     AND ($to IS NULL OR c.sortDate <= date($to))
     AND ($kinds IS NULL OR c.kind IN $kinds)
     AND ($supportTypes IS NULL OR c.supportType IN $supportTypes)
     AND ($minRank IS NULL OR c.certaintyRank >= $minRank)
   RETURN c.id AS id ORDER BY id`,
  z.object({ id: z.string() }),
);

const props = z.record(z.string(), z.unknown());
const labelOf = (variable: string) =>
  `CASE WHEN ${variable}:Actor THEN 'Actor' WHEN ${variable}:Operation THEN 'Operation' ELSE 'Location' END`;

const CLAIM_PAGE = namedQuery(
  'exportClaimPage',
  `UNWIND $ids AS cid
   MATCH (c:Claim {id: cid})
   RETURN properties(c) AS claim,
     COLLECT { MATCH (c)-[r:SUBJECT|OBJECT|IN_OPERATION|AT]->(n)
               RETURN {type: type(r), label: ${labelOf('n')}, props: n {.*, lat: n.point.latitude, lon: n.point.longitude}} } AS links,
     COLLECT { MATCH (c)-[:IN_OPERATION]->(o:Operation)-[r:AT]->(l:Location)
               RETURN {operation: o.id, role: r.role, props: l {.*, lat: l.point.latitude, lon: l.point.longitude}} } AS places,
     CASE WHEN $evidence THEN COLLECT {
       MATCH (c)<-[:SUPPORTS]-(e:Evidence)-[:FROM_ARTICLE]->(a:Article)
       RETURN {evidence: properties(e), article: a {.id, .title, .url, .publisher, .language, .publishedAt, .authorship},
               sources: COLLECT { MATCH (e)-[:CITES]->(s:Source) RETURN properties(s) }}
     } ELSE [] END AS evidences`,
  z.object({
    claim: props,
    links: z.array(z.object({ type: z.string(), label: z.enum(['Actor', 'Operation', 'Location']), props })),
    places: z.array(z.object({ operation: z.string(), role: z.string(), props })),
    evidences: z.array(z.object({ evidence: props, article: props, sources: z.array(props) })),
  }),
);

const STRUCTURE = namedQuery(
  'exportStructure',
  `CALL () {
     MATCH (a:Actor)-[r:PART_OF|AFFILIATED_WITH|MEMBER_OF|SUCCEEDS]->(b:Actor) WHERE a.id IN $actors AND b.id IN $actors
     RETURN 'Actor' AS fromLabel, a.id AS from, type(r) AS type, 'Actor' AS toLabel, b.id AS to, r.since AS since, r.until AS until
     UNION ALL
     MATCH (a:Location)-[r:PART_OF]->(b:Location) WHERE a.id IN $locations AND b.id IN $locations
     RETURN 'Location' AS fromLabel, a.id AS from, type(r) AS type, 'Location' AS toLabel, b.id AS to, null AS since, null AS until
     UNION ALL
     MATCH (a:Operation)-[r:PART_OF]->(b:Operation) WHERE a.id IN $operations AND b.id IN $operations
     RETURN 'Operation' AS fromLabel, a.id AS from, type(r) AS type, 'Operation' AS toLabel, b.id AS to, null AS since, null AS until
     UNION ALL
     MATCH (s:Source)-[r:IS_ACTOR]->(b:Actor) WHERE s.id IN $sources AND b.id IN $actors
     RETURN 'Source' AS fromLabel, s.id AS from, type(r) AS type, 'Actor' AS toLabel, b.id AS to, null AS since, null AS until
   }
   RETURN fromLabel, from, type, toLabel, to, since, until ORDER BY type, from, to`,
  z.object({
    fromLabel: z.enum(['Actor', 'Location', 'Operation', 'Source']),
    from: z.string(),
    type: z.string(),
    toLabel: z.enum(['Actor', 'Location', 'Operation']),
    to: z.string(),
    since: z.string().nullable(),
    until: z.string().nullable(),
  }),
);

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

const PAGE_SIZE = 500;

/**
 * Reads the selected subgraph page by page (claims in id order, PAGE_SIZE per query), yielding only nodes and
 * edges not yielded before, so writers can stream. What is kept in memory is the set of keys already written.
 */
export class SubgraphReader {
  readonly articles = new Map<string, ArticleRef>();
  private readonly seen = new Set<string>();

  constructor(
    private readonly db: Database,
    private readonly selection: Selection,
  ) {}

  private async actorScope(): Promise<string[] | null> {
    const { actors, depth } = this.selection;
    if (!actors) return null;
    if (depth === 0) return actors;
    const hood = await new ExplorationRepository(this.db).neighborhood(actors, depth, {
      kinds: this.selection.claimKinds,
    });
    return hood.nodeIds;
  }

  async claimIds(): Promise<string[]> {
    const params = selectionParams(this.selection, await this.actorScope());
    const bound = (value: string | null, end: 'start' | 'end') => {
      const parsed = value === null ? undefined : parsePartialDate(value);
      return parsed && typeof parsed !== 'string' ? parsed[end] : null;
    };
    const rows = await this.db.read(SELECT_CLAIMS, {
      ...params,
      from: bound(params.from, 'start'),
      to: bound(params.to, 'end'),
    });
    return rows.map((r) => r.id);
  }

  private node(label: ExportLabel, raw: Record<string, unknown>, out: Batch): string {
    const key = nodeKey(label, String(raw.id));
    if (!this.seen.has(key)) {
      this.seen.add(key);
      out.nodes.push({ key, label, props: exportProperties(label, raw) });
    }
    return key;
  }

  private edge(type: string, source: string, target: string, extra: ExportEdge['props'], out: Batch) {
    const key = `${type}:${source}->${target}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    out.edges.push({ key, type, source, target, props: extra });
  }

  async *batches(): AsyncGenerator<Batch> {
    const ids = await this.claimIds();
    for (let i = 0; i < ids.length; i += PAGE_SIZE) {
      const out: Batch = { nodes: [], edges: [] };
      const rows = await this.db.read(CLAIM_PAGE, {
        ids: ids.slice(i, i + PAGE_SIZE),
        evidence: this.selection.includeEvidence,
      });
      for (const row of rows) {
        const claim = this.node('Claim', row.claim, out);
        const period = {
          start: (row.claim.sortDate as string) ?? null,
          end: (row.claim.sortDateEnd as string) ?? null,
        };
        for (const link of row.links) this.edge(link.type, claim, this.node(link.label, link.props, out), period, out);
        for (const place of row.places) {
          const location = this.node('Location', place.props, out);
          this.edge('AT', nodeKey('Operation', place.operation), location, { role: place.role }, out);
        }
        for (const e of row.evidences) {
          const evidence = this.node('Evidence', e.evidence, out);
          const article = this.node('Article', e.article, out);
          this.articles.set(String(e.article.id), e.article as unknown as ArticleRef);
          this.edge('SUPPORTS', evidence, claim, {}, out);
          this.edge('FROM_ARTICLE', evidence, article, {}, out);
          for (const s of e.sources) this.edge('CITES', evidence, this.node('Source', s, out), {}, out);
        }
      }
      yield out;
    }
    yield await this.structure();
  }

  /** Hierarchy ties among the nodes already exported (an actor's parent that is not in the export is not added). */
  private async structure(): Promise<Batch> {
    const byLabel = (label: ExportLabel) =>
      [...this.seen].filter((k) => k.startsWith(`${label}:`)).map((k) => k.slice(label.length + 1));
    const rows = await this.db.read(STRUCTURE, {
      actors: byLabel('Actor'),
      locations: byLabel('Location'),
      operations: byLabel('Operation'),
      sources: byLabel('Source'),
    });
    const out: Batch = { nodes: [], edges: [] };
    for (const r of rows) {
      const props: ExportEdge['props'] = {};
      if (r.since) props.since = r.since;
      if (r.until) props.until = r.until;
      this.edge(r.type, nodeKey(r.fromLabel, r.from), nodeKey(r.toLabel, r.to), props, out);
    }
    return out;
  }
}
