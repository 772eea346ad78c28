import { z } from 'zod';
import { type SourceView, sourceView } from '../model/views.ts';
import { type Database, namedQuery } from '../neo4j/database.ts';
import type { Keyset } from './pagination.ts';
import { fulltextQuery, rankByNames, SEARCH_CANDIDATES } from './search-text.ts';

// The sources articles cite, and the claims each backs.

const SOURCE = 's { .id, .name, .kind, actorId: COLLECT { MATCH (s)-[:IS_ACTOR]->(x:Actor) RETURN x.id }[0] }';

const SOURCES_BY_ID = namedQuery(
  'sourcesById',
  `UNWIND $ids AS id MATCH (s:Source {id: id}) RETURN ${SOURCE} AS source`,
  z.object({ source: sourceView }),
);

const LIST_SOURCES = namedQuery(
  'listSources',
  `MATCH (s:Source) WHERE ($kind IS NULL OR s.kind = $kind) AND ($afterId IS NULL OR s.id > $afterId)
   RETURN ${SOURCE} AS source ORDER BY s.id LIMIT $limit`,
  z.object({ source: sourceView }),
);

const COUNT_SOURCES = namedQuery(
  'countSources',
  'MATCH (s:Source) WHERE $kind IS NULL OR s.kind = $kind RETURN count(s) AS total',
  z.object({ total: z.number() }),
);

const SEARCH_SOURCES = namedQuery(
  'searchSources',
  `CALL db.index.fulltext.queryNodes('source_search', $query) YIELD node AS s, score
   WHERE $kind IS NULL OR s.kind = $kind
   RETURN ${SOURCE} AS source ORDER BY score DESC, s.id LIMIT $limit`,
  z.object({ source: sourceView }),
);

/** Per source: how many claims it backs and the first of them by date, for every source of a request at once. */
const SOURCE_CLAIMS = namedQuery(
  'sourceClaims',
  `UNWIND $ids AS id
   MATCH (s:Source {id: id})
   RETURN id,
     COUNT { MATCH (s)<-[:CITES]-(:Evidence)-[:SUPPORTS]->(c:Claim) RETURN DISTINCT c } AS claimCount,
     COLLECT { MATCH (s)<-[:CITES]-(:Evidence)-[:SUPPORTS]->(c:Claim)
               WITH DISTINCT c ORDER BY c.sortDate, c.id LIMIT $limit RETURN c.id } AS claimIds`,
  z.object({ id: z.string(), claimCount: z.number(), claimIds: z.array(z.string()) }),
);
export type SourceClaims = z.infer<typeof SOURCE_CLAIMS.row>;

/** Claims listed per source at most (Source.claims `first` is capped to it). */
export const MAX_SOURCE_CLAIMS = 100;

export class SourceRepository {
  constructor(private readonly db: Database) {}

  async byIds(ids: readonly string[]): Promise<SourceView[]> {
    return (await this.db.read(SOURCES_BY_ID, { ids: [...ids] })).map((r) => r.source);
  }

  async list(kind: string | undefined, first: number, after: Keyset | undefined): Promise<SourceView[]> {
    const rows = await this.db.read(LIST_SOURCES, { kind: kind ?? null, limit: first + 1, afterId: after?.id ?? null });
    return rows.map((r) => r.source);
  }

  async count(kind: string | undefined): Promise<number> {
    return (await this.db.read(COUNT_SOURCES, { kind: kind ?? null }))[0]?.total ?? 0;
  }

  /** Sources whose name matches typed text, ranked (see rankByNames). */
  async search(text: string, kind: string | undefined): Promise<SourceView[]> {
    const query = fulltextQuery(text, { fuzzy: true });
    if (query === undefined) return [];
    const rows = await this.db.read(SEARCH_SOURCES, { query, kind: kind ?? null, limit: SEARCH_CANDIDATES });
    return rankByNames(
      text,
      rows.map((r) => r.source),
      (s) => [s.name, s.id.replaceAll('-', ' ')],
    ).map((r) => r.item);
  }

  claims(ids: readonly string[]): Promise<SourceClaims[]> {
    return this.db.read(SOURCE_CLAIMS, { ids: [...ids], limit: MAX_SOURCE_CLAIMS });
  }
}
