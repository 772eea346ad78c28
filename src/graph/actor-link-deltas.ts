import { z } from 'zod';
import { CERTAINTIES } from '../model/vocabulary.ts';
import { namedQuery, type Transaction } from '../neo4j/database.ts';
import { LOCK_ACTORS, linkKey, pairClaims, uniquePairs } from './actor-link-queries.ts';
import { pinnedPlan } from './pinned-plan.ts';

// The loader keeps the aggregated actor links (actor-link-queries.ts) by difference instead of recounting a pair
// from all its claims: recounting made every batch read every claim of the hub pairs it touched, so loading grew
// with the square of a pair's claims. Each touched claim's contribution to its link is read before the write
// (CLAIM_STATES_BEFORE, after locking the claim) and after it (REFRESH_CLAIMS); the differences are summed per
// link and applied in one statement. A link's first and last dates are only recomputed from its claims when a date
// that may have been its extreme left it (an article edited or retracted), never for claims that only arrive.

/** What one claim adds to its link: null when it counts in none (no object, or no evidence). */
export const claimContribution = z
  .object({
    subject: z.string(),
    object: z.string(),
    kind: z.string(),
    polarity: z.string(),
    draft: z.boolean(),
    evidences: z.number(),
    rank: z.number(),
    start: z.string().nullable(),
    end: z.string().nullable(),
  })
  .nullable();
export type ClaimContribution = z.infer<typeof claimContribution>;

/** Cypher for a claim `c`'s contribution, as claimContribution parses it. */
export const CONTRIBUTION_OF_C = `CASE WHEN c.subjectId IS NOT NULL AND c.objectId IS NOT NULL AND c.kind IS NOT NULL
       AND c.polarity IS NOT NULL AND c.evidenceCount > 0
     THEN {subject: c.subjectId, object: c.objectId, kind: c.kind, polarity: c.polarity,
           draft: coalesce(c.draft, false), evidences: c.evidenceCount, rank: coalesce(c.certaintyRank, 0),
           start: toString(c.sortDate), end: toString(c.sortDateEnd)} END`;

export interface LinkDelta {
  subject: string;
  object: string;
  kind: string;
  polarity: string;
  claims: number;
  drafts: number;
  evidences: number;
  certainties: number[];
  /** Earliest start and latest end among the claims that arrived (or stay with a new date). */
  firstDate: string | null;
  lastDate: string | null;
  /** Dates of claims that left (or changed date): if the link's extreme is among them, it is recomputed. */
  leftStarts: string[];
  leftEnds: string[];
}

const keyOf = (c: { subject: string; object: string; kind: string; polarity: string }) =>
  [c.subject, c.object, c.kind, c.polarity].join('\n');
const same = (a: ClaimContribution, b: ClaimContribution) =>
  a === b || (a !== null && b !== null && Object.entries(a).every(([k, v]) => b[k as keyof typeof b] === v));

function deltaFor(deltas: Map<string, LinkDelta>, c: NonNullable<ClaimContribution>): LinkDelta {
  const key = keyOf(c);
  const found = deltas.get(key);
  if (found) return found;
  const { subject, object, kind, polarity } = c;
  const d: LinkDelta = {
    ...{ subject, object, kind, polarity, claims: 0, drafts: 0, evidences: 0, firstDate: null, lastDate: null },
    ...{ certainties: CERTAINTIES.map(() => 0), leftStarts: [], leftEnds: [] },
  };
  deltas.set(key, d);
  return d;
}

function add(d: LinkDelta, c: NonNullable<ClaimContribution>, sign: 1 | -1) {
  d.claims += sign;
  d.drafts += c.draft ? sign : 0;
  d.evidences += sign * c.evidences;
  d.certainties[c.rank] = (d.certainties[c.rank] ?? 0) + sign;
}

/** The differences per link between the touched claims' contributions before and after a write. */
export function linkDeltas(before: Map<string, ClaimContribution>, after: Map<string, ClaimContribution>) {
  const deltas = new Map<string, LinkDelta>();
  for (const id of new Set([...before.keys(), ...after.keys()])) {
    const was = before.get(id) ?? null;
    const now = after.get(id) ?? null;
    if (same(was, now)) continue;
    if (was) {
      const d = deltaFor(deltas, was);
      add(d, was, -1);
      if (was.start !== null) d.leftStarts.push(was.start);
      if (was.end !== null) d.leftEnds.push(was.end);
    }
    if (now) {
      const d = deltaFor(deltas, now);
      add(d, now, 1);
      if (now.start !== null && (d.firstDate === null || now.start < d.firstDate)) d.firstDate = now.start;
      if (now.end !== null && (d.lastDate === null || now.end > d.lastDate)) d.lastDate = now.end;
    }
  }
  // A date that leaves and comes back in the same link (a claim restated with a new certainty) is not a reason
  // to recompute; ISO dates compare as strings.
  for (const d of deltas.values()) {
    d.leftStarts = d.leftStarts.filter((s) => d.firstDate === null || s < d.firstDate);
    d.leftEnds = d.leftEnds.filter((e) => d.lastDate === null || e > d.lastDate);
  }
  return [...deltas.values()].filter(
    (d) =>
      d.claims !== 0 ||
      d.drafts !== 0 ||
      d.evidences !== 0 ||
      d.certainties.some((n) => n !== 0) ||
      d.firstDate !== null ||
      d.leftStarts.length > 0 ||
      d.leftEnds.length > 0,
  );
}

const APPLY_LINK_DELTAS = namedQuery(
  'applyLinkDeltas',
  // The actors are locked first, as refreshActorLinks does: a review recounting a pair then waits for this
  // transaction and sees its claims, and so does a parallel loader (it locks them too before it reads a link), so
  // the link's values read below are those this transaction's SET replaces: no writer loses another's counts.
  // Counts and dates are set in one SET; a link whose extreme date left is returned for recomputation instead.
  pinnedPlan(
    `${LOCK_ACTORS}
   UNWIND $deltas AS d
   // A hinted seek of the link's key: MERGE between the two actors expanded every link of one of them (hubs have
   // one per counterparty, kind and polarity), two thirds of the statement's database hits at the 10k scale. The
   // locks above keep another writer from creating the same link in between; the key's constraint would refuse it.
   OPTIONAL MATCH ()-[found:LINKED {key: ${linkKey('d.subject', 'd.object', 'd.kind', 'd.polarity')}}]->()
   USING INDEX found:LINKED(key)
   OPTIONAL CALL (d, found) {
     WITH d WHERE found IS NULL
     MATCH (s:Actor {id: d.subject}), (o:Actor {id: d.object})
     CREATE (s)-[created:LINKED {key: ${linkKey('d.subject', 'd.object', 'd.kind', 'd.polarity')},
                                 kind: d.kind, polarity: d.polarity}]->(o)
     RETURN created
   }
   WITH coalesce(found, created) AS l, d
   WITH l, d, coalesce(l.claims, 0) + d.claims AS claims, date(d.firstDate) AS first, date(d.lastDate) AS last,
        coalesce(l.firstDate IN [x IN d.leftStarts | date(x)], false) OR
          coalesce(l.lastDate IN [x IN d.leftEnds | date(x)], false) AS stale
   SET l.claims = claims,
       l.drafts = coalesce(l.drafts, 0) + d.drafts,
       l.evidences = coalesce(l.evidences, 0) + d.evidences,
       l.certainties = [i IN range(0, size(d.certainties) - 1) | coalesce(l.certainties[i], 0) + d.certainties[i]],
       l.firstDate = CASE WHEN NOT stale AND first IS NOT NULL AND (l.firstDate IS NULL OR first < l.firstDate)
                          THEN first ELSE l.firstDate END,
       l.lastDate = CASE WHEN NOT stale AND last IS NOT NULL AND (l.lastDate IS NULL OR last > l.lastDate)
                         THEN last ELSE l.lastDate END
   WITH l, d, claims <= 0 AS empty, stale
   CALL (l, empty) { WITH l WHERE empty DELETE l }
   WITH d WHERE stale AND NOT empty
   RETURN d.subject AS subject, d.object AS object, d.kind AS kind, d.polarity AS polarity`,
  ),
  z.object({ subject: z.string(), object: z.string(), kind: z.string(), polarity: z.string() }),
);

/**
 * The first and last dates of these links from their claims (an index seek on each link's claims). A separate
 * statement: inside the one above, the planner ran the seek for every link before filtering the stale ones.
 */
const RECOMPUTE_LINK_DATES = namedQuery(
  'recomputeLinkDates',
  pinnedPlan(
    `UNWIND $links AS d
   MATCH (s:Actor)-[l:LINKED {key: ${linkKey('d.subject', 'd.object', 'd.kind', 'd.polarity')}}]->(o:Actor)
   USING INDEX l:LINKED(key)
   CALL (s, o, l, d) {
     ${pairClaims('s.id', 'o.id', { kind: 'd.kind', polarity: 'd.polarity' })}
     WITH l, min(c.sortDate) AS first, max(c.sortDateEnd) AS last
     SET l.firstDate = first, l.lastDate = last
   }
   RETURN count(*) AS recomputed`,
  ),
  z.object({ recomputed: z.number() }),
);

const compare = (a: LinkDelta, b: LinkDelta) => {
  const x = keyOf(a);
  const y = keyOf(b);
  return x < y ? -1 : x > y ? 1 : 0;
};

/** Applies the differences in one statement (none when the write changed no link). */
export async function applyLinkDeltas(tx: Transaction, deltas: LinkDelta[]): Promise<void> {
  if (deltas.length === 0) return;
  const pairs = uniquePairs(deltas.map((d) => [d.subject, d.object]));
  const actors = [...new Set(pairs.flat())].sort();
  const ordered = [...deltas].sort((a, b) => compare(a, b));
  const stale = await tx.run(APPLY_LINK_DELTAS, { actors, deltas: ordered });
  if (stale.length > 0) await tx.run(RECOMPUTE_LINK_DATES, { links: stale });
}
