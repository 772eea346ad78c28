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
 * One statement: the touched claims' neighbours (read before unsupported claims are deleted, so a dropped claim's
 * are known), the next sequence number, the entry, and the pruning of entries no reader needs any more.
 */
const RECORD_CHANGE = namedQuery(
  'recordChange',
  pinnedPlan(
    `CALL () {
     UNWIND $claims AS claimId
     MATCH (c:Claim {id: claimId})
     WITH [(c)-[:SUBJECT|OBJECT]->(a:Actor) | 'Actor:' + a.id] +
          [(c)-[:IN_OPERATION]->(o:Operation) | 'Operation:' + o.id] +
          [(c)-[:AT]->(l:Location) | 'Location:' + l.id] +
          [(c)<-[:SUPPORTS]-(:Evidence)-[:CITES]->(s:Source) | 'Source:' + s.id] +
          // A claim's contradictions (same fact, other polarity) answer differently when it appears or goes.
          COLLECT { MATCH (f:Claim {factKey: c.factKey}) WHERE f <> c RETURN 'Claim:' + f.id } AS near
     UNWIND near AS entity
     RETURN collect(DISTINCT entity) AS near
   }
   MERGE (s:ChangeSequence {id: 'changes'})
   SET s.seq = coalesce(s.seq, 0) + 1
   // Repeats between the two lists are left in: removing them costs more than dropping an answer twice.
   CREATE (:Change {seq: s.seq, entities: $entities + near, everything: $everything, at: datetime()})
   WITH s
   CALL (s) { MATCH (old:Change) WHERE old.seq <= s.seq - $keep DELETE old }
   RETURN s.seq AS seq`,
  ),
  z.object({ seq: z.number() }),
);

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
   * Articles re-written and the claims they asserted before or assert now: recorded now, with their neighbours
   * (read from the graph as it is now) and the sources their previous evidence cited (gone from the graph).
   */
  async articlesChanged(articles: string[], claims: string[], formerSources: string[] = []) {
    for (const id of articles) this.entities.add(`Article:${id}`);
    for (const id of formerSources) this.entities.add(`Source:${id}`);
    for (const id of claims) this.entities.add(`Claim:${id}`);
    await this.send(claims);
  }

  /** At the end of the transaction: what is not recorded yet. */
  async record(): Promise<void> {
    if (!this.recorded) await this.send([]);
  }

  private async send(claims: string[]) {
    if (!this.everything && this.entities.size === 0) return;
    this.recorded = true;
    await this.tx.run(RECORD_CHANGE, {
      claims: this.everything ? [] : claims,
      entities: this.everything ? [] : [...this.entities].sort(),
      everything: this.everything,
      keep: KEEP_CHANGES,
    });
  }
}
