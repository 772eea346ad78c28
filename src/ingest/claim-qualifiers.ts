import type { DerivedClaim } from '../graph/claim-write-queries.ts';
import type { ArticleRow, CompiledArticle, EvidenceRow } from './load-rows.ts';

// A claim's qualifiers are derived from all its evidence (REFRESH_BODY in graph/claim-write-queries.ts). When the
// batch being loaded holds all of a claim's evidence (a claim new to the graph, or one only the batch's own articles
// supported, whose previous evidence the loader has just removed), the loader derives them here from the rows it is
// about to write, with the same rules, instead of having Neo4j read back every evidence and article it has just
// written: that read-back was most of the evidence statement's work. The rest still goes through the Cypher.

const PRECISION_ORDER: Record<string, number> = { DAY: 0, MONTH: 1, YEAR: 2 };

/** The order REFRESH_BODY sorts a claim's evidence in: most precise date first, then earliest start, then id. */
function byDate(a: EvidenceRow, b: EvidenceRow): number {
  const precision = (PRECISION_ORDER[a.datePrecision ?? ''] ?? 3) - (PRECISION_ORDER[b.datePrecision ?? ''] ?? 3);
  if (precision !== 0) return precision;
  // ISO dates (years 1900–2100) compare as strings; Cypher sorts a missing date last.
  if (a.dateStart !== b.dateStart) {
    if (a.dateStart === null) return 1;
    if (b.dateStart === null) return -1;
    return a.dateStart < b.dateStart ? -1 : 1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Distinct values in order of first appearance (REFRESH_BODY's reduce over the sorted evidence). */
const distinct = (values: (string | null)[]) => [...new Set(values.filter((v): v is string => v !== null))];

function derive(id: string, evs: EvidenceRow[], articles: Map<string, ArticleRow>, near: string[]): DerivedClaim {
  const sorted = [...evs].sort(byDate);
  const from = [...new Set(sorted.map((e) => e.article))].map((a) => articles.get(a));
  const dated = sorted.find((e) => e.date !== null);
  return {
    id,
    rank: sorted.reduce((m, e) => (e.certaintyRank > m ? e.certaintyRank : m), 0),
    evidences: sorted.length,
    draft: sorted.every((e) => e.draft === true),
    articles: from.length,
    publishers: new Set(from.map((a) => a?.publisher)).size,
    published: from.map((a) => a?.publishedDate ?? null),
    date: dated?.date ?? null,
    datePrecision: dated?.datePrecision ?? null,
    dateStart: dated?.dateStart ?? null,
    dateEnd: dated?.dateEnd ?? null,
    materiel: distinct(sorted.map((e) => e.materiel)),
    alternativeGroups: distinct(sorted.map((e) => e.alternativeGroup)),
    officiallyAcknowledged: sorted.some((e) => e.officiallyAcknowledged === true)
      ? true
      : sorted.some((e) => e.officiallyAcknowledged === false)
        ? false
        : null,
    near: [...near, ...sorted.flatMap((e) => e.sources.map((s) => `Source:${s}`))],
  };
}

/**
 * The qualifiers of each claim of `whole` (claims whose every evidence is among the batch's rows) that the batch
 * supports, with the entities a change-log entry names for it (its actors, operation, place and cited sources:
 * what NEIGHBOURS_OF_C reads, but its contradictions, which only the graph knows).
 */
export function derivedClaims(changed: CompiledArticle[], whole: Set<string>): DerivedClaim[] {
  const articles = new Map(changed.map((a) => [a.article.id, a.article]));
  const evidence = new Map<string, EvidenceRow[]>();
  for (const e of changed.flatMap((a) => a.evidences)) {
    if (!whole.has(e.claim)) continue;
    const list = evidence.get(e.claim) ?? [];
    list.push(e);
    evidence.set(e.claim, list);
  }
  const claims = new Map(changed.flatMap((a) => a.claims).map((c) => [c.id, c]));
  return [...evidence].map(([id, evs]) => {
    const c = claims.get(id);
    const near = c
      ? [
          `Actor:${c.subject}`,
          ...(c.object ? [`Actor:${c.object}`] : []),
          ...(c.operation ? [`Operation:${c.operation}`] : []),
          ...(c.location ? [`Location:${c.location}`] : []),
        ]
      : [];
    return derive(id, evs, articles, near);
  });
}
