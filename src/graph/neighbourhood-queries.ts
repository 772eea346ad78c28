import { z } from 'zod';
import { actorLinkView } from '../model/views.ts';
import { ACTOR_TIES, POLARITIES } from '../model/vocabulary.ts';
import { namedQuery } from '../neo4j/database.ts';
import { pairClaims } from './actor-link-queries.ts';
import { rootAtClaimDate } from './claim-conditions.ts';

// The statements of a neighbourhood walk. The plain walk reads the aggregated LINKED relationships
// (actor-link-queries.ts): a hub costs its counterparties, not its claims. Every expansion is bounded inside its
// subquery ($limit rows per actor, sorted and cut there), so a walk's transaction memory does not grow with a hub.

/** One drawn link: all claims of one kind and polarity from source to target, or one hierarchy tie. */
export const linkSummary = z.object({
  id: z.string(),
  type: actorLinkView.shape.type,
  /** Null for a hierarchy tie. */
  polarity: z.enum(POLARITIES).nullable(),
  source: z.string(),
  target: z.string(),
  claims: z.number(),
  /** The details below are null when the request selects none of them (a walk's details): see FRONTIER_LINKS. */
  drafts: z.number().nullable(),
  evidences: z.number().nullable(),
  /** Claims per certainty, weakest first (CERTAINTIES order); empty for a tie. */
  certainties: z.array(z.number()).nullable(),
  firstDate: z.string().nullable(),
  lastDate: z.string().nullable(),
});
export type LinkSummary = z.infer<typeof linkSummary>;

/**
 * A link between two actors of the frontier is returned by the one with the smaller id only: rows need no DISTINCT
 * (hashing every column of thousands of rows), and the row limit counts links, not link ends.
 */
const ONCE = '(a = b OR NOT b.id IN $frontier OR a.id < b.id)';

/** A claim is in the date range when its period overlaps it (as the claim lists' date filter). */
const CLAIM_IN_RANGE = `($from IS NULL OR c.sortDateEnd >= date($from)) AND ($to IS NULL OR c.sortDate <= date($to))`;

const TIE_ROWS = (details: boolean) => `MATCH (a)-[r:${ACTOR_TIES}]-(b:Actor) WHERE ${ONCE}
     RETURN type(r) + ':' + startNode(r).id + ':' + endNode(r).id AS id, type(r) AS type, null AS polarity,
            startNode(r).id AS source, endNode(r).id AS target, 0 AS claims${
              details ? ', 0 AS drafts, 0 AS evidences, [] AS certainties, null AS firstDate, null AS lastDate' : ''
            }`;

const DETAIL_COLUMNS = 'drafts, evidences, certainties, firstDate, lastDate';

/** A link as a walk's statement returns it: its id is derived from its kind, polarity and ends (linkId). */
const linkCountsRow = linkSummary.pick({ type: true, polarity: true, source: true, target: true, claims: true });
const linkDetailsRow = linkSummary.omit({ id: true });
export type LinkRow = z.infer<typeof linkCountsRow> & Partial<z.infer<typeof linkDetailsRow>>;

/** A link's id as the walk's statements sort by it: kind, polarity (none for a tie) and ends. */
export const linkId = (l: LinkRow): string =>
  l.polarity === null ? `${l.type}:${l.source}:${l.target}` : `${l.type}:${l.polarity}:${l.source}:${l.target}`;

/**
 * The links of a frontier. A link whose dates miss the range is skipped on its summary; one whose dates overlap
 * it is kept only if one of its claims does (an index seek on the pair, stopping at the first). The statement
 * returns only what the request reads: the id, which it sorts by, is derived again in JS (linkId), and without
 * details (FRONTIER_LINK_COUNTS) a link's drafts, evidences, certainties and dates are not returned at all.
 * The driver unpacks, and zod checks, every column of thousands of rows: half of the columns were a drawing's.
 */
const frontierLinks = (details: boolean) => `UNWIND $frontier AS fid
   MATCH (a:Actor {id: fid})
   CALL (a) {
     MATCH (a)-[l:LINKED]-(b:Actor)
     WHERE ${ONCE} AND ($kinds IS NULL OR l.kind IN $kinds) AND l.polarity IN $polarities
       AND ($from IS NULL OR l.lastDate >= date($from)) AND ($to IS NULL OR l.firstDate <= date($to))
     WITH DISTINCT l, startNode(l) AS s, endNode(l) AS o
     WHERE ($from IS NULL AND $to IS NULL) OR EXISTS {
       ${pairClaims('s.id', 'o.id', { kind: 'l.kind', polarity: 'l.polarity' })} AND ${CLAIM_IN_RANGE} }
     RETURN l.kind + ':' + l.polarity + ':' + s.id + ':' + o.id AS id, l.kind AS type, l.polarity AS polarity,
            s.id AS source, o.id AS target, l.claims AS claims${
              details
                ? `, l.drafts AS drafts, l.evidences AS evidences, l.certainties AS certainties,
            toString(l.firstDate) AS firstDate, toString(l.lastDate) AS lastDate`
                : ''
            }
     ORDER BY id LIMIT $limit
     UNION ALL
     ${TIE_ROWS(details)}
     ORDER BY id LIMIT $limit
   }
   RETURN type, polarity, source, target, claims${details ? `, ${DETAIL_COLUMNS}` : ''}
   ORDER BY id
   LIMIT $limit`;

/** The links of a frontier with every detail of their summaries. */
export const FRONTIER_LINKS = namedQuery('neighborLinks', frontierLinks(true), linkDetailsRow);
/** The same links with their kinds, ends and claim counts only: what a drawing asks. */
export const FRONTIER_LINK_COUNTS = namedQuery('neighborLinkCounts', frontierLinks(false), linkCountsRow);

/**
 * The claims behind some links (drill-down): each link's first $perLink + 1 claims in id order (the extra one says
 * the link was cut), read in the order the claim_pair index keeps them. A row is a link's position in $links and
 * its claims' ids: the link's kind and ends are the caller's already, and one row per link rather than per claim
 * spares the driver and the row check thousands of records.
 */
export const CLAIMS_OF_LINKS = namedQuery(
  'claimsOfLinks',
  `UNWIND range(0, size($links) - 1) AS i
   WITH i, $links[i] AS link
   CALL (link) {
     ${pairClaims('link.source', 'link.target', { kind: 'link.type', polarity: 'link.polarity' })} AND ${CLAIM_IN_RANGE}
     // Ordered as the index is (the equal leading properties keep it id order): the seek stops after $perLink + 1.
     RETURN c.id AS id ORDER BY c.subjectId, c.objectId, c.kind, c.polarity, c.id LIMIT $perLink + 1
   }
   RETURN i AS link, collect(id) AS ids`,
  z.object({ link: z.number().int().nonnegative(), ids: z.array(z.string()) }),
);

/** A claim drawn between rolled-up actors: its own qualifiers come along, to summarise links in memory. */
export const rolledUpClaim = actorLinkView.extend({
  polarity: z.enum(POLARITIES).nullable(),
  draft: z.boolean().nullable(),
  evidenceCount: z.number().nullable(),
  certaintyRank: z.number().nullable(),
  firstDate: z.string().nullable(),
  lastDate: z.string().nullable(),
});
export type RolledUpClaim = z.infer<typeof rolledUpClaim>;

/**
 * With roll-up, a claim is drawn between the actors its subject and object roll up to at the claim's date (FAMa's
 * claims are Mali's, Wagner's are Russia's while affiliated; see claim-conditions.ts), so the walk finds a state's
 * claims through its parts; ties inside a hierarchy are folded away, alliances and successions stay. Which actor
 * a claim rolls up to depends on its date, so this walk reads claims, not links: an actor's are cut at $limit.
 */
export const ROLLED_UP_CLAIMS = namedQuery(
  'neighborLinksRolledUp',
  `UNWIND $frontier AS fid
   MATCH (a:Actor {id: fid})
   CALL (a, fid) {
     MATCH (a)<-[:PART_OF|AFFILIATED_WITH*0..4]-(:Actor)<-[:SUBJECT|OBJECT]-(c:Claim)
     WHERE ($kinds IS NULL OR c.kind IN $kinds) AND c.polarity IN $polarities AND ${CLAIM_IN_RANGE}
       AND EXISTS { (c)-[:OBJECT]->(:Actor) }
     WITH DISTINCT c
     WITH c, ${rootAtClaimDate('SUBJECT')}.key AS source, ${rootAtClaimDate('OBJECT')}.key AS target
     WHERE source <> target AND fid IN [source, target]
     RETURN c.id AS id, c.kind AS type, source, target, c.id AS claimId, c.polarity AS polarity, c.draft AS draft,
            c.evidenceCount AS evidenceCount, c.certaintyRank AS certaintyRank,
            toString(c.sortDate) AS firstDate, toString(c.sortDateEnd) AS lastDate
     ORDER BY id LIMIT $limit
     UNION
     MATCH (a)-[r:MEMBER_OF|SUCCEEDS]-(:Actor)
     RETURN type(r) + ':' + startNode(r).id + ':' + endNode(r).id AS id, type(r) AS type,
            startNode(r).id AS source, endNode(r).id AS target, null AS claimId, null AS polarity, null AS draft,
            null AS evidenceCount, null AS certaintyRank, null AS firstDate, null AS lastDate
   }
   RETURN DISTINCT id, type, source, target, claimId, polarity, draft, evidenceCount, certaintyRank, firstDate, lastDate
   ORDER BY id
   LIMIT $limit`,
  rolledUpClaim,
);

export const MISSING_ACTORS = namedQuery(
  'missingActors',
  'UNWIND $ids AS id WITH id WHERE NOT EXISTS { MATCH (:Actor {id: id}) } RETURN id',
  z.object({ id: z.string() }),
);
