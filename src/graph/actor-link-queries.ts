import { z } from 'zod';
import { CERTAINTIES } from '../model/vocabulary.ts';
import { namedQuery, type Transaction } from '../neo4j/database.ts';

// Aggregated actor-to-actor links: `(s:Actor)-[:LINKED {kind, polarity, …}]->(o:Actor)`, one relationship per
// subject, object, claim kind and polarity, summarising every claim with that subject, object, kind and polarity:
//   claims, drafts, evidences  how many claims (drafts among them, as the claim lists count them) and evidences
//   certainties                claims per certainty, weakest first (CERTAINTIES order)
//   firstDate, lastDate        the earliest claim start and the latest claim end (Claim.sortDate / sortDateEnd)
// Polarity is part of the key, so an assertion and a denial of the same tie are two links, never one count.
// A relationship (one type, kind and polarity as properties) rather than a node: walks expand it like any tie,
// and an actor has as many as it has counterparties × kinds, not as many as it has claims.
//
// Walks (neighbourhoods, paths) read these; the claims behind a link are found through the claims' own
// (subjectId, objectId) index, so drilling down reads one pair's claims, never a hub's. The loader and the review
// recompute the links of every pair whose claims they touched, in the transaction that writes the claims
// (refreshActorLinks); migration 4 builds them for graphs loaded before.

/**
 * Binds `c` to the claims of one pair (Cypher expressions for its subject and object ids), or of one of its links
 * when the kind and polarity are given, with any further condition after AND. Every property of claim_pair is
 * named (a composite index needs them all) and a seek of it hinted: left to statistics, the planner may scan the
 * index instead, every claim of the graph per pair. Claims come in the index's order (kind, polarity, then id).
 */
export function pairClaims(subject: string, object: string, link?: { kind: string; polarity: string }): string {
  const kind = link
    ? `c.kind = ${link.kind} AND c.polarity = ${link.polarity}`
    : 'c.kind IS NOT NULL AND c.polarity IS NOT NULL';
  return `MATCH (c:Claim) USING INDEX SEEK c:Claim(subjectId, objectId, kind, polarity, id)
     WHERE c.subjectId = ${subject} AND c.objectId = ${object} AND ${kind} AND c.id IS NOT NULL`;
}

/**
 * Cypher for a link's key (subject id, object id, kind, polarity: ids are slugs, kinds upper-case words, so a space
 * never occurs inside one), unique by constraint (linked_key): writers find a link by its index entry instead of
 * expanding a hub actor's every link (actor-link-deltas.ts).
 */
export const linkKey = (subject: string, object: string, kind: string, polarity: string) =>
  `${subject} + ' ' + ${object} + ' ' + ${kind} + ' ' + ${polarity}`;

/**
 * A write lock on every actor of $actors (set and removed: no trace), held to commit, taken first by whatever
 * changes links: two writers counting claims of one pair would otherwise each see the committed claims plus their
 * own (read committed), and the last to commit would lose the other's. The second now waits, then sees both.
 */
export const LOCK_ACTORS = `CALL () {
     UNWIND $actors AS id
     MATCH (a:Actor {id: id})
     SET a.linksLock = true
     REMOVE a.linksLock
   }`;

/** [subject id, object id] */
export type ActorPair = [string, string];

/** The (subject, object) pairs of these claims as they are now: read before a write that may move or delete them. */
export const CLAIM_PAIRS = namedQuery(
  'claimPairs',
  // Read from the pair ids the claim carries (set with its SUBJECT and OBJECT relationships): a seek on the claim's
  // id, where matching the relationships let the planner start from a hub actor and walk its claims.
  `UNWIND $ids AS id
   MATCH (c:Claim {id: id}) WHERE c.subjectId IS NOT NULL AND c.objectId IS NOT NULL
   RETURN DISTINCT c.subjectId AS subject, c.objectId AS object`,
  z.object({ subject: z.string(), object: z.string() }),
);

/**
 * Recomputes the links of each pair from its claims (an index seek on the pair), keeps the relationships whose
 * kind and polarity still have claims, deletes the others. Idempotent: the same claims give the same links.
 */
export const REFRESH_LINKS = namedQuery(
  'refreshActorLinks',
  `${LOCK_ACTORS}
   UNWIND $pairs AS pair
   MATCH (s:Actor {id: pair[0]}), (o:Actor {id: pair[1]})
   CALL (s, o) {
     ${pairClaims('s.id', 'o.id')}
     WITH c.kind AS kind, c.polarity AS polarity, collect(c) AS cs
     MERGE (s)-[l:LINKED {kind: kind, polarity: polarity}]->(o)
     SET l.key = ${linkKey('s.id', 'o.id', 'kind', 'polarity')},
         l.claims = size(cs),
         l.drafts = size([c IN cs WHERE c.draft = true]),
         l.evidences = reduce(n = 0, c IN cs | n + coalesce(c.evidenceCount, 0)),
         l.certainties = [rank IN range(0, size($certainties) - 1) | size([c IN cs WHERE c.certaintyRank = rank])],
         l.firstDate = reduce(d = null, c IN cs | CASE WHEN d IS NULL OR c.sortDate < d THEN c.sortDate ELSE d END),
         l.lastDate = reduce(d = null, c IN cs | CASE WHEN d IS NULL OR c.sortDateEnd > d THEN c.sortDateEnd ELSE d END)
     RETURN collect(kind + ':' + polarity) AS kept
   }
   CALL (s, o, kept) {
     MATCH (s)-[l:LINKED]->(o) WHERE NOT l.kind + ':' + l.polarity IN kept
     DELETE l
   }
   RETURN count(*) AS refreshed`,
  z.object({ refreshed: z.number() }),
);

/** Distinct pairs in a stable order (sorted: concurrent writers lock shared actors in the same order). */
export function uniquePairs(pairs: Iterable<ActorPair>): ActorPair[] {
  const byKey = new Map<string, ActorPair>();
  for (const p of pairs) byKey.set(`${p[0]}\n${p[1]}`, p);
  return [...byKey.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, p]) => p);
}

/** The pairs of these claims before a write, to refresh with those after it. */
export async function pairsOfClaims(tx: Transaction, ids: string[]): Promise<ActorPair[]> {
  if (ids.length === 0) return [];
  return (await tx.run(CLAIM_PAIRS, { ids })).map((r) => [r.subject, r.object]);
}

export async function refreshActorLinks(tx: Transaction, pairs: Iterable<ActorPair>): Promise<void> {
  const unique = uniquePairs(pairs);
  if (unique.length === 0) return;
  const actors = [...new Set(unique.flat())].sort();
  await tx.run(REFRESH_LINKS, { actors, pairs: unique, certainties: CERTAINTIES });
}
