import { z } from 'zod';
import { namedQuery, type Transaction } from '../neo4j/database.ts';
import { pinnedPlan } from './pinned-plan.ts';

// A small change log in the graph, written by the transaction that changes the data: a sequence number and the
// entities it touched ("Actor:mali", "Claim:c-…"), or `everything` when reference data changed (a renamed actor
// or a new tie shows in answers that name no touched id). Any process that caches answers (the service's
// response cache) polls the sequence cheaply and drops what the changes touched, whichever process wrote them
// (the CLI's `ingest` writes straight to Neo4j while `serve` runs). Only the last KEEP_CHANGES are kept: a reader
// further behind than that drops everything.

export const KEEP_CHANGES = 1000;

/**
 * Cypher for the entities whose answers change with a claim `c`: its actors, operation and place, and its
 * contradictions (same fact, other polarity), which answer differently when it appears or goes.
 */
export const NEIGHBOURS_OF_C = `[(c)-[:SUBJECT|OBJECT]->(a:Actor) | 'Actor:' + a.id] +
          [(c)-[:IN_OPERATION]->(o:Operation) | 'Operation:' + o.id] +
          [(c)-[:AT]->(l:Location) | 'Location:' + l.id] +
          COLLECT { MATCH (f:Claim {factKey: c.factKey}) WHERE f <> c RETURN 'Claim:' + f.id }`;

/** Cypher for the sources that the evidence of a claim `c` cites. */
export const SOURCES_OF_C = `[(c)<-[:SUPPORTS]-(:Evidence)-[:CITES]->(s:Source) | 'Source:' + s.id]`;

/**
 * Cypher appending the entry (the given entities and $entities) under the next sequence number, and pruning the
 * entries no reader needs any more. Its parameters are ChangeParams; the loader appends it in its evidence
 * statement (claim-write-queries.ts), with the neighbours its claims had before unsupported ones were deleted.
 */
export const appendChange = (near: string) => `MERGE (s:ChangeSequence {id: 'changes'})
   SET s.seq = coalesce(s.seq, 0) + 1
   // Repeats between the two lists are left in: removing them costs more than dropping an answer twice.
   CREATE (:Change {seq: s.seq, entities: $entities + ${near}, everything: $everything, at: datetime()})
   WITH s
   CALL (s) { MATCH (old:Change) WHERE old.seq <= s.seq - $keep DELETE old }`;

/** The touched claims' neighbours (read before unsupported claims are deleted, so a dropped claim's are known). */
const RECORD_CHANGE = namedQuery(
  'recordChange',
  pinnedPlan(
    `CALL () {
     UNWIND $claims AS claimId
     MATCH (c:Claim {id: claimId})
     WITH ${NEIGHBOURS_OF_C} + ${SOURCES_OF_C} AS near
     UNWIND near AS entity
     RETURN collect(DISTINCT entity) AS near
   }
   ${appendChange('near')}
   RETURN s.seq AS seq`,
  ),
  z.object({ seq: z.number() }),
);

/** What appendChange's Cypher takes ($claims: whose neighbours a statement of its own reads). */
export type ChangeParams = { claims: string[]; entities: string[]; everything: boolean; keep: number };

export interface Change {
  seq: number;
  entities: string[];
  everything: boolean;
}

/** The current sequence number and, when it is past `after`, the changes since (at most KEEP_CHANGES). */
export const CHANGES_SINCE = namedQuery(
  'changesSince',
  `OPTIONAL MATCH (s:ChangeSequence {id: 'changes'})
   WITH coalesce(s.seq, 0) AS seq
   CALL (seq) {
     MATCH (c:Change) WHERE seq > $after AND c.seq > $after
     WITH c ORDER BY c.seq
     RETURN collect(c {.seq, .entities, .everything}) AS changes
   }
   RETURN seq, changes`,
  z.object({
    seq: z.number(),
    changes: z.array(z.object({ seq: z.number(), entities: z.array(z.string()), everything: z.boolean() })),
  }),
);

/**
 * Collects what one write transaction touches and records it as one change, in one statement: when the articles'
 * claims are known (before unsupported ones are deleted), or at the end for a transaction without articles.
 * Nothing is recorded when nothing changed.
 */
export class ChangeRecorder {
  private readonly entities = new Set<string>();
  private everything = false;
  private recorded = false;

  constructor(private readonly tx: Transaction) {}

  /** Reference data (actors, places, sources, operations) changed: answers naming none of them may differ too. */
  referenceChanged(count: number) {
    if (count > 0) this.everything = true;
  }

  /**
   * Operations first declared now: new nodes that only the answers naming their campaign or places can show. An
   * operation whose definition changed is reference data.
   */
  operationsCreated(operations: { id: string; campaign?: string | null; locations: { location: string }[] }[]) {
    for (const o of operations) {
      this.entities.add(`Operation:${o.id}`);
      if (o.campaign) this.entities.add(`Operation:${o.campaign}`);
      for (const place of o.locations) this.entities.add(`Location:${place.location}`);
    }
  }

  /**
   * Articles re-written and the claims they asserted before or assert now, to record with their neighbours (read
   * from the graph when the entry is written) and the sources their previous evidence cited (gone from the graph):
   * the parameters of appendChange for the statement that writes it (the loader's evidence statement, which reads
   * the neighbours before it deletes unsupported claims). Nothing is recorded again at the end.
   */
  articlesChanged(articles: string[], claims: string[], formerSources: string[] = []): ChangeParams {
    for (const id of articles) this.entities.add(`Article:${id}`);
    for (const id of formerSources) this.entities.add(`Source:${id}`);
    for (const id of claims) this.entities.add(`Claim:${id}`);
    this.recorded = true;
    return this.params(claims);
  }

  /** The same, recorded now in a statement of its own (a review, which deletes no evidence in between). */
  async recordArticlesChanged(articles: string[], claims: string[], formerSources: string[] = []) {
    const params = this.articlesChanged(articles, claims, formerSources);
    if (this.everything || this.entities.size > 0) await this.tx.run(RECORD_CHANGE, params);
  }

  /** At the end of the transaction: what is not recorded yet. */
  async record(): Promise<void> {
    if (this.recorded || (!this.everything && this.entities.size === 0)) return;
    this.recorded = true;
    await this.tx.run(RECORD_CHANGE, this.params([]));
  }

  private params(claims: string[]): ChangeParams {
    return {
      claims: this.everything ? [] : claims,
      entities: this.everything ? [] : [...this.entities].sort(),
      everything: this.everything,
      keep: KEEP_CHANGES,
    };
  }
}
