import { z } from 'zod';
import { ACTOR_KINDS, EVENT_TYPES, LOCATION_KINDS, LOCATION_ROLES } from '../model/vocabulary.ts';
import { type Database, namedQuery } from '../neo4j/database.ts';

// What the extractor may resolve a mention to when a graph is at hand: every actor, location and operation
// with its aliases (three bounded reads, whatever the graph's size up to the caps). Actors and operations an
// extractor proposed and nobody has reviewed yet (their description still says so) are left out, so extracting
// an unchanged text again gives the same draft, which re-declares them identically.

const PROPOSED = 'Proposed by the extractor';

const CAP = 50_000;
const aliases = (names: string[] | null) => (names ?? []).map((name) => ({ name }));

const ACTORS = namedQuery(
  'knownActors',
  `MATCH (a:Actor) WHERE NOT coalesce(a.description, '') STARTS WITH $proposed RETURN a.id AS id, a.name AS name, a.kind AS kind, a.country AS country, a.aliasNames AS aliasNames,
     COLLECT { MATCH (a)-[:PART_OF]->(p:Actor) RETURN p.id }[0] AS partOf LIMIT ${CAP}`,
  z.object({
    id: z.string(),
    name: z.string(),
    kind: z.enum(ACTOR_KINDS),
    country: z.string().nullable(),
    aliasNames: z.array(z.string()).nullable(),
    partOf: z.string().nullable(),
  }),
);

const LOCATIONS = namedQuery(
  'knownLocations',
  `MATCH (l:Location) RETURN l.id AS id, l.name AS name, l.kind AS kind, l.aliasNames AS aliasNames LIMIT ${CAP}`,
  z.object({
    id: z.string(),
    name: z.string(),
    kind: z.enum(LOCATION_KINDS),
    aliasNames: z.array(z.string()).nullable(),
  }),
);

const OPERATIONS = namedQuery(
  'knownOperations',
  `MATCH (o:Operation) WHERE NOT coalesce(o.outcome, '') STARTS WITH $proposed RETURN o.id AS id, o.name AS name, o.eventType AS eventType, o.date AS date, o.endDate AS endDate,
     o.aliasNames AS aliasNames, COLLECT { MATCH (o)-[r:AT]->(l:Location) RETURN {location: l.id, role: r.role} } AS locations
   LIMIT ${CAP}`,
  z.object({
    id: z.string(),
    name: z.string(),
    eventType: z.enum(EVENT_TYPES),
    date: z.string(),
    endDate: z.string().nullable(),
    aliasNames: z.array(z.string()).nullable(),
    locations: z.array(z.object({ location: z.string(), role: z.enum(LOCATION_ROLES) })),
  }),
);

export async function readKnownEntities(db: Database) {
  const [actors, locations, operations] = await Promise.all([
    db.read(ACTORS, { proposed: PROPOSED }),
    db.read(LOCATIONS),
    db.read(OPERATIONS, { proposed: PROPOSED }),
  ]);
  return {
    actors: actors.map((a) => ({
      id: a.id,
      name: a.name,
      kind: a.kind,
      ...(a.country ? { country: a.country } : {}),
      ...(a.partOf ? { partOf: a.partOf } : {}),
      aliases: aliases(a.aliasNames),
    })),
    locations: locations.map((l) => ({ id: l.id, name: l.name, kind: l.kind, aliases: aliases(l.aliasNames) })),
    operations: operations.map((o) => ({
      id: o.id,
      name: o.name,
      eventType: o.eventType,
      date: o.date,
      ...(o.endDate ? { endDate: o.endDate } : {}),
      aliases: aliases(o.aliasNames),
      locations: o.locations,
    })),
  };
}
