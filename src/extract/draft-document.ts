import type {
  ActorInput,
  ArticleDocument,
  ClaimInput,
  EvidenceInput,
  LocationInput,
  OperationInput,
  SourceInput,
} from '../ingest/article-format.ts';
import { certaintyRank } from '../model/vocabulary.ts';
import { claimInput } from './claim-input.ts';
import type { ArticleMetadata } from './extractor.ts';
import { slugify } from './fold.ts';
import type { KnownEntities } from './known-entities.ts';
import type { RawClaim } from './raw-claim.ts';

// Raw rule output to an article document: a vague support ("des moyens militaires") is dropped when the text
// names what the same supporter gave the same recipient; claims that state one fact become one claim with
// several evidences; an operation already known is attached when the article names it, or names its place
// within weeks of its date; proposed actors and cited sources are declared.

interface BuildInput {
  text: string;
  metadata: ArticleMetadata;
  claims: RawClaim[];
  /** the actors a claim may name that nothing knows (only looked up) */
  proposals: Pick<ReadonlyMap<string, ActorInput>, 'get'>;
  proposedLocations: LocationInput[];
  sources: SourceInput[];
  known: KnownEntities;
  mentionedPlaces: Set<string>;
  extractor: { extractor: string; version: string };
}

const DAY = 86_400_000;

function matchOperation(known: KnownEntities, places: Set<string>, publishedAt: string): OperationInput | undefined {
  const published = Date.parse(publishedAt.slice(0, 10));
  const named = known.operations.filter((o) => places.has(o.id));
  if (named.length === 1) return named[0];
  const fits = known.operations.filter((o) => {
    const start = Date.parse(o.date.length === 4 ? `${o.date}-01-01` : o.date.length === 7 ? `${o.date}-01` : o.date);
    const end = o.endDate ? Date.parse(o.endDate) : start;
    const nearby = (o.locations ?? []).some(
      (l) => (l.role === 'OBJECTIVE' || l.role === 'AREA') && places.has(l.location),
    );
    return nearby && published >= start - DAY && published <= end + 45 * DAY;
  });
  return fits.length === 1 ? fits[0] : undefined;
}

const LEADING_DETERMINER = /(?:^|[\s(«“"])((?:le|la|les|the|l['’])\s?)$/iu;

/**
 * No known operation fits, but the article reports a fight or a capture at a dated place: the battle there on
 * that day is proposed as a new operation (id from place and date, so another article about it finds it).
 */
function proposeOperation(input: BuildInput): OperationInput | undefined {
  const event = input.claims.find(
    (c) => (c.kind === 'CONTROL' || c.kind === 'COMBAT') && c.location && (c as RawClaim & { date?: string }).date,
  );
  const date = (event as (RawClaim & { date?: string }) | undefined)?.date;
  if (!event?.location || !date) return undefined;
  const place = [...input.known.locations, ...input.proposedLocations].find((l) => l.id === event.location);
  const id = `op-${event.location}-${date}`.slice(0, 120);
  if (input.known.operations.some((o) => o.id === id)) return undefined;
  return {
    id,
    name: `${place?.name ?? event.location} (${date})`,
    eventType: 'BATTLE',
    date,
    locations: [{ location: event.location, role: 'OBJECTIVE' }],
    outcomeType: event.kind === 'CONTROL' ? 'VICTORY' : 'UNKNOWN',
    outcome: 'Proposed by the extractor from the claims of this article; to be reviewed.',
  };
}

function quoteOf(text: string, start: number, end: number): string {
  const lead = LEADING_DETERMINER.exec(text.slice(Math.max(0, start - 5), start));
  const from = lead ? start - (lead[1]?.length ?? 0) : start;
  const quote = text.slice(from, Math.min(end, from + 2000)).trim();
  // trailing blanks and , ; : cut by hand: an end-anchored expression would be tried at every blank of the quote
  let last = quote.length;
  while (last > 0 && TRAILING.test(quote.charAt(last - 1))) last--;
  return last === quote.length ? quote : quote.slice(0, last);
}

const TRAILING = /^[\s,;:]$/u;

function subsumed(c: RawClaim, all: RawClaim[]): boolean {
  if (c.kind !== 'SUPPORT' || c.supportType !== 'OTHER' || c.viaAccusation) return false;
  return all.some(
    (o) =>
      o !== c &&
      o.kind === 'SUPPORT' &&
      o.supportType !== 'OTHER' &&
      o.subject === c.subject &&
      o.object === c.object &&
      o.polarity === c.polarity,
  );
}

/** Source ids are per article: "observateurs" in one report are not those of another. */
function scopeSources(input: BuildInput): Map<string, SourceInput> {
  const prefix = slugify(input.metadata.id).slice(0, 50).replace(/-+$/, '');
  return new Map(input.sources.map((s) => [s.id, { ...s, id: `${prefix}-${s.id}`.slice(0, 120).replace(/-+$/, '') }]));
}

export function buildDocument(input: BuildInput): ArticleDocument {
  const { text, metadata, known } = input;
  const scoped = scopeSources(input);
  const matched = matchOperation(known, input.mentionedPlaces, metadata.publishedAt);
  const proposedOp = matched ? undefined : proposeOperation(input);
  const operation = matched ?? proposedOp;
  const merged = new Map<string, ClaimInput>();
  let alternatives = 0;
  const altNames = new Map<string, string>();
  for (const c of input.claims.filter((x) => !subsumed(x, input.claims))) {
    const op = c.kind !== 'MEMBERSHIP' && operation ? operation.id : undefined;
    const key = [
      c.kind,
      c.subject,
      c.object,
      op,
      c.location,
      c.supportType,
      c.statementType,
      c.polarity,
      c.distinct,
    ].join('|');
    const quote = quoteOf(text, c.quoteStart, c.quoteEnd);
    if (quote.length < 3) continue;
    const evidence: EvidenceInput = { quote, certainty: c.certainty };
    if (c.hedge) evidence.hedge = c.hedge;
    if (c.sources?.length) evidence.sources = c.sources.map((id) => scoped.get(id)?.id ?? id).sort();
    const existing = merged.get(key);
    if (existing) {
      if (!existing.evidence.some((e) => e.quote === quote)) existing.evidence.push(evidence);
      continue;
    }
    let group: string | undefined;
    if (c.alternativeGroup) {
      group = altNames.get(c.alternativeGroup) ?? `${slugify(metadata.id).slice(0, 90)}-alt-${++alternatives}`;
      altNames.set(c.alternativeGroup, group);
    }
    const date = (c as RawClaim & { date?: string }).date;
    merged.set(key, claimInput(c, { op, date, group, articleId: metadata.id, extractor: input.extractor, evidence }));
  }
  const claims = [...merged.values()];
  // an alternative whose partner was merged away is no longer an alternative
  for (const c of claims) {
    if (c.alternativeGroup && claims.filter((o) => o.alternativeGroup === c.alternativeGroup).length < 2)
      delete c.alternativeGroup;
  }
  for (const c of claims) c.evidence.sort((a, b) => certaintyRank(b.certainty) - certaintyRank(a.certainty));
  return {
    kind: 'article',
    formatVersion: 1,
    article: {
      id: metadata.id,
      title: metadata.title,
      ...(metadata.url ? { url: metadata.url } : {}),
      publisher: metadata.publisher,
      language: metadata.language,
      publishedAt: metadata.publishedAt,
      authorship: metadata.authorship ?? 'PUBLISHED',
      ...(metadata.summarises ? { summarises: metadata.summarises } : {}),
      text,
    },
    actors: declaredActors(claims, input.proposals),
    ...declaredLocations(claims, input.proposedLocations, proposedOp),
    ...(proposedOp && claims.some((c) => c.operation === proposedOp.id) ? { operations: [proposedOp] } : {}),
    sources: [...scoped.values()].filter((s) => claims.some((c) => c.evidence.some((e) => e.sources?.includes(s.id)))),
    claims,
  };
}

function declaredActors(claims: ClaimInput[], proposals: Pick<ReadonlyMap<string, ActorInput>, 'get'>): ActorInput[] {
  const used = new Set(claims.flatMap((c) => [c.subject, c.object ?? '']));
  const out = new Map<string, ActorInput>();
  const add = (id: string) => {
    const p = proposals.get(id);
    if (!p || out.has(id)) return;
    out.set(id, p);
    if (p.partOf) add(p.partOf);
  };
  for (const id of used) add(id);
  return [...out.values()];
}

function declaredLocations(claims: ClaimInput[], proposed: LocationInput[], op: OperationInput | undefined) {
  const used = new Set([...claims.map((c) => c.location), ...(op?.locations ?? []).map((l) => l.location)]);
  const locations = proposed.filter((l) => used.has(l.id));
  return locations.length > 0 ? { locations } : {};
}
