import { CERTAINTIES } from '../model/vocabulary.ts';
import type { LinkRow, LinkSummary, RolledUpClaim } from './neighbourhood-queries.ts';

// The links a walk answers with, as the GraphQL layer reads them: a plain walk's rows given their ids, or links
// summarised in memory from the claims a roll-up walk drew.

const tie = { polarity: null, claims: 0, drafts: 0, evidences: 0, certainties: [], firstDate: null, lastDate: null };

/** A walk's link row with its id; details the statement did not return are null (never resolved: see Neighborhood). */
export const linkSummaryOf = (id: string, r: LinkRow): LinkSummary => ({
  id,
  type: r.type,
  polarity: r.polarity,
  source: r.source,
  target: r.target,
  claims: r.claims,
  drafts: r.drafts ?? null,
  evidences: r.evidences ?? null,
  certainties: r.certainties ?? null,
  firstDate: r.firstDate ?? null,
  lastDate: r.lastDate ?? null,
});

/** A link summarised here, in memory: every detail counted. */
type CountedLink = LinkSummary & { drafts: number; evidences: number; certainties: number[] };

/** The rolled-up claims summarised as links (one per rolled-up pair, kind and polarity), in id order. */
export function summariseRolledUp(rows: RolledUpClaim[]): LinkSummary[] {
  const links = new Map<string, CountedLink>();
  for (const r of rows) {
    if (r.claimId === null) {
      const { id, type, source, target } = r;
      links.set(id, { ...tie, id, type, source, target });
      continue;
    }
    const id = `${r.type}:${r.polarity}:${r.source}:${r.target}`;
    const l = links.get(id) ?? {
      id,
      type: r.type,
      polarity: r.polarity,
      source: r.source,
      target: r.target,
      claims: 0,
      drafts: 0,
      evidences: 0,
      certainties: CERTAINTIES.map(() => 0),
      firstDate: null,
      lastDate: null,
    };
    l.claims++;
    if (r.draft) l.drafts++;
    l.evidences += r.evidenceCount ?? 0;
    if (r.certaintyRank !== null && r.certaintyRank < l.certainties.length) l.certainties[r.certaintyRank]!++;
    if (r.firstDate !== null && (l.firstDate === null || r.firstDate < l.firstDate)) l.firstDate = r.firstDate;
    if (r.lastDate !== null && (l.lastDate === null || r.lastDate > l.lastDate)) l.lastDate = r.lastDate;
    links.set(id, l);
  }
  return [...links.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
