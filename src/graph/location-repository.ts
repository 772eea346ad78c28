import { z } from 'zod';
import { type LocationView, locationView, operationView } from '../model/views.ts';
import { type Database, namedQuery } from '../neo4j/database.ts';
import { LOCATION_FIELDS, OPERATION_FIELDS, project } from './projections.ts';
import { fulltextQuery, rankByNames, SEARCH_CANDIDATES } from './search-text.ts';

// Places and their hierarchy (country → region → … → site), with the operations inside them.

const locationRelations = z.object({
  id: z.string(),
  partOf: locationView.nullable(),
  ancestors: z.array(locationView),
  parts: z.array(locationView),
  operations: z.array(operationView),
});
export type LocationRelations = z.infer<typeof locationRelations>;

const LOCATIONS_BY_ID = namedQuery(
  'locationsById',
  `UNWIND $ids AS id MATCH (l:Location {id: id}) RETURN ${project('l', LOCATION_FIELDS)} AS location`,
  z.object({ location: locationView }),
);

const LOCATION_RELATIONS = namedQuery(
  'locationRelations',
  `UNWIND $ids AS id
   MATCH (l:Location {id: id})
   RETURN id,
     COLLECT { MATCH (l)-[:PART_OF]->(p:Location) RETURN ${project('p', LOCATION_FIELDS)} }[0] AS partOf,
     COLLECT { MATCH path = (l)-[:PART_OF*1..8]->(p:Location) RETURN ${project('p', LOCATION_FIELDS)} ORDER BY length(path) } AS ancestors,
     COLLECT { MATCH (l)<-[:PART_OF]-(p:Location) RETURN ${project('p', LOCATION_FIELDS)} ORDER BY p.name } AS parts,
     COLLECT { MATCH (l)<-[:PART_OF*0..8]-(:Location)<-[:AT]-(o:Operation)
               RETURN DISTINCT ${project('o', OPERATION_FIELDS)} AS op ORDER BY op.sortKey, op.id } AS operations`,
  locationRelations,
);

const SEARCH_LOCATIONS = namedQuery(
  'searchLocations',
  `CALL db.index.fulltext.queryNodes('location_search', $query) YIELD node AS l, score
   WHERE $kind IS NULL OR l.kind = $kind
   RETURN ${project('l', LOCATION_FIELDS)} AS location ORDER BY score DESC, l.id LIMIT $limit`,
  z.object({ location: locationView }),
);

const LIST_LOCATIONS = namedQuery(
  'listLocations',
  `MATCH (l:Location) WHERE $kind IS NULL OR l.kind = $kind
   RETURN ${project('l', LOCATION_FIELDS)} AS location ORDER BY l.id LIMIT $limit`,
  z.object({ location: locationView }),
);

export class LocationRepository {
  constructor(private readonly db: Database) {}

  async byIds(ids: readonly string[]): Promise<LocationView[]> {
    return (await this.db.read(LOCATIONS_BY_ID, { ids: [...ids] })).map((r) => r.location);
  }

  relations(ids: readonly string[]): Promise<LocationRelations[]> {
    return this.db.read(LOCATION_RELATIONS, { ids: [...ids] });
  }

  /** Every location by id, or those matching typed text ranked as actors are (exact, prefix, fuzzy). */
  async find(text: string | undefined, kind: string | undefined, limit: number): Promise<LocationView[]> {
    const query = text === undefined ? undefined : fulltextQuery(text, { fuzzy: true });
    if (text !== undefined && query === undefined) return [];
    if (query === undefined)
      return (await this.db.read(LIST_LOCATIONS, { kind: kind ?? null, limit })).map((r) => r.location);
    const rows = await this.db.read(SEARCH_LOCATIONS, { query, kind: kind ?? null, limit: SEARCH_CANDIDATES });
    const ranked = rankByNames(
      text!,
      rows.map((r) => r.location),
      (l) => [l.name, ...l.aliasNames],
    );
    return ranked.slice(0, limit).map((r) => r.item);
  }
}
