import { z } from 'zod';
import { type Database, namedQuery } from '../neo4j/database.ts';

export const NODE_LABELS = [
  'Actor',
  'Alliance',
  'Location',
  'Operation',
  'Claim',
  'Evidence',
  'Article',
  'Source',
] as const;
export const RELATIONSHIP_TYPES = [
  'PART_OF',
  'AFFILIATED_WITH',
  'MEMBER_OF',
  'SUCCEEDS',
  'IS_ACTOR',
  'AT',
  'SUBJECT',
  'OBJECT',
  'IN_OPERATION',
  'SUPPORTS',
  'FROM_ARTICLE',
  'CITES',
] as const;

// Counts by fixed label and type lists: each one is answered from Neo4j's count store, not a scan.
const GRAPH_INFO = namedQuery(
  'graphInfo',
  `RETURN COLLECT { MATCH (m:GraphMeta {id: 'schema'}) RETURN m.version }[0] AS schemaVersion,
     [${NODE_LABELS.map((l) => `{label: '${l}', count: COUNT { MATCH (:${l}) }}`).join(', ')}] AS nodes,
     [${RELATIONSHIP_TYPES.map((t) => `{label: '${t}', count: COUNT { MATCH ()-[:${t}]->() }}`).join(', ')}] AS relationships`,
  z.object({
    schemaVersion: z.number().nullable(),
    nodes: z.array(z.object({ label: z.string(), count: z.number() })),
    relationships: z.array(z.object({ label: z.string(), count: z.number() })),
  }),
);

const ARTICLE_COUNT = namedQuery(
  'articleCount',
  'MATCH (a:Article) RETURN count(a) AS total',
  z.object({ total: z.number() }),
);

export class InfoRepository {
  constructor(private readonly db: Database) {}

  async graphInfo() {
    const [row] = await this.db.read(GRAPH_INFO);
    return row ?? { schemaVersion: null, nodes: [], relationships: [] };
  }

  async articleCount(): Promise<number> {
    return (await this.db.read(ARTICLE_COUNT))[0]?.total ?? 0;
  }
}
