import type { ActorLinkView } from '../model/views.ts';
import type { Database, NamedQuery } from '../neo4j/database.ts';
import { DatabaseError } from '../neo4j/errors.ts';
import { linkSummaryOf, summariseRolledUp } from './link-summaries.ts';
import {
  CLAIMS_OF_LINKS,
  FRONTIER_LINK_COUNTS,
  FRONTIER_LINKS,
  type LinkSummary,
  linkId,
  MISSING_ACTORS,
  ROLLED_UP_CLAIMS,
} from './neighbourhood-queries.ts';
import { type PathResult, shortestPaths } from './shortest-paths.ts';

// Walking the actor graph: links summarise the claims with a subject and an object (one per pair, kind and
// polarity), or are ties of the actor hierarchy. The walk reads links; the claims behind them only when asked.

export const MAX_NEIGHBORHOOD_NODES = 500;
/** Rows one level of a walk reads, and claims one drill-down returns. */
export const MAX_NEIGHBORHOOD_LINKS = MAX_NEIGHBORHOOD_NODES * 10;

export interface WalkFilter {
  kinds?: string[];
  from?: string;
  to?: string;
  polarities?: string[];
  rollUp?: boolean;
  /** Whether the links' drafts, evidences, certainties and dates are read (default: yes). */
  details?: boolean;
}

export interface Neighbourhood {
  nodeIds: string[];
  links: LinkSummary[];
  truncated: boolean;
  /** With roll-up only: the claims drawn (the plain walk's claims are read on demand by claimEdges). */
  claimEdges?: ActorLinkView[];
}

const isTie = (l: LinkSummary) => l.polarity === null;

/**
 * The most claims to read per link so that all links together give at most `total`: the largest n with
 * Σ min(count, n) ≤ total (links with fewer claims give theirs whole, the rest n each), at least 1. Counts are the
 * links' (exact without a date range, an upper bound with one), so a drill-down reads O(total), not O(claims).
 */
export function perLinkQuota(counts: number[], total: number): number {
  const sorted = [...counts].sort((a, b) => a - b);
  let left = total;
  for (let i = 0; i < sorted.length; i++) {
    const even = Math.floor(left / (sorted.length - i));
    if (sorted[i]! > even) return Math.max(1, even);
    left -= sorted[i]!;
  }
  return Math.max(1, sorted.at(-1) ?? 1);
}

export class ExplorationRepository {
  constructor(private readonly db: Database) {}

  /** Ids among these that name no actor: a walk from them would answer "nothing" for a typo. */
  async missingActors(ids: string[]): Promise<string[]> {
    return (await this.db.read(MISSING_ACTORS, { ids })).map((r) => r.id);
  }

  /** Breadth-first, one query per level: round trips are bounded by the depth (≤ 3), not by the graph. */
  async neighborhood(ids: string[], depth: number, filter: WalkFilter): Promise<Neighbourhood> {
    if (!filter.rollUp) {
      const details = filter.details ?? true;
      const { nodeIds, kept, truncated } = await this.walk(
        details ? FRONTIER_LINKS : FRONTIER_LINK_COUNTS,
        linkId,
        ids,
        depth,
        filter,
      );
      const links: LinkSummary[] = [];
      kept.forEach((row, id) => {
        links.push(linkSummaryOf(id, row));
      });
      return { nodeIds, links, truncated };
    }
    const { nodeIds, kept, truncated } = await this.walk(ROLLED_UP_CLAIMS, (r) => r.id, ids, depth, filter);
    const claims = [...kept.values()];
    return {
      nodeIds,
      links: summariseRolledUp(claims),
      truncated,
      claimEdges: claims.map(({ id, type, source, target, claimId }) => ({ id, type, source, target, claimId })),
    };
  }

  private async walk<Row extends { source: string; target: string }>(
    query: NamedQuery<Row>,
    keyOf: (row: Row) => string,
    ids: string[],
    depth: number,
    filter: WalkFilter,
  ) {
    const visited = new Set(ids);
    // by key: a link returned at two levels (both ends in the frontier) is kept once
    const kept = new Map<string, Row>();
    let frontier = [...ids];
    let truncated = false;
    for (let level = 0; level < depth && frontier.length > 0; level++) {
      const rows = await this.db.read(query, { ...this.params(filter), frontier, limit: MAX_NEIGHBORHOOD_LINKS });
      const next: string[] = [];
      // no array per row for its two ends: a level is thousands of rows
      const reach = (end: string) => {
        if (visited.has(end)) return;
        if (visited.size >= MAX_NEIGHBORHOOD_NODES) {
          truncated = true;
          return;
        }
        visited.add(end);
        next.push(end);
      };
      for (const link of rows) {
        reach(link.source);
        reach(link.target);
        if (visited.has(link.source) && visited.has(link.target)) kept.set(keyOf(link), link);
      }
      if (rows.length === MAX_NEIGHBORHOOD_LINKS) truncated = true;
      frontier = next;
    }
    return { nodeIds: [...visited], kept, truncated };
  }

  /**
   * The claims behind a walk's links, one edge each (subject → object), with its ties: every claim when they are
   * at most `cap` (MAX_NEIGHBORHOOD_LINKS) in all, else each link's first `perLinkQuota` claims by id (`cut`).
   */
  async claimEdges(
    links: LinkSummary[],
    filter: WalkFilter,
    cap = MAX_NEIGHBORHOOD_LINKS,
  ): Promise<{ edges: ActorLinkView[]; cut: boolean }> {
    const ties: ActorLinkView[] = links
      .filter(isTie)
      .map(({ id, type, source, target }) => ({ id, type, source, target, claimId: null }));
    const claimLinks = links.filter((l) => !isTie(l));
    if (claimLinks.length === 0) return { edges: ties, cut: false };
    const perLink = perLinkQuota(
      claimLinks.map((l) => l.claims),
      cap,
    );
    const rows = await this.db.read(CLAIMS_OF_LINKS, {
      ...this.params(filter),
      links: claimLinks.map(({ type, polarity, source, target }) => ({ type, polarity, source, target })),
      perLink,
    });
    // Each link returned at most perLink + 1 claims: beyond perLink, the first perLink by id are kept and the
    // extra one only says that link was cut.
    let cut = false;
    const claims: ActorLinkView[] = [];
    for (const row of rows) {
      const link = claimLinks[row.link];
      if (!link)
        throw new DatabaseError('INTERNAL', `Query claimsOfLinks returned an unknown link ${row.link}`, undefined);
      let ids = row.ids;
      if (ids.length > perLink) {
        cut = true;
        ids = ids.sort().slice(0, perLink);
      }
      for (const id of ids) claims.push({ id, type: link.type, source: link.source, target: link.target, claimId: id });
    }
    claims.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    if (claims.length > cap) cut = true;
    return { edges: [...claims.slice(0, cap), ...ties], cut };
  }

  private params(filter: WalkFilter) {
    return {
      kinds: filter.kinds ?? null,
      from: filter.from ?? null,
      to: filter.to ?? null,
      polarities: filter.polarities ?? ['ASSERTED'],
    };
  }

  /** Shortest connections between two actors: see shortest-paths.ts. */
  paths(from: string, to: string, maxLength: number, first: number): Promise<PathResult[]> {
    return shortestPaths(this.db, from, to, maxLength, first);
  }
}
