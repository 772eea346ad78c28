import type { ArticleDocument, GazetteerDocument } from '../src/ingest/article-format.ts';
import type { ParsedDocument } from '../src/ingest/read-documents.ts';
import { SUPPORT_TYPES as ALL_SUPPORT_TYPES } from '../src/model/vocabulary.ts';

// A deterministic synthetic corpus (same seed, same corpus): actors with aliases and a hierarchy, alliances whose
// membership changes, a place hierarchy, operations, and articles each carrying several claims with evidence.
// Proportions follow the seed: most claims are support or combat around an operation, some are statements.

function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface CorpusSize {
  articles: number;
  claimsPerArticle: number;
}

export interface Corpus {
  gazetteer: GazetteerDocument;
  articles: ArticleDocument[];
  claims: number;
  operations: string[];
  states: string[];
}

// States give material support; funding, training and the like are rare in the seed, so left out here.
const SUPPORT_TYPES = ALL_SUPPORT_TYPES.filter(
  (t) => !['MERCENARIES', 'FUNDING', 'TRAINING', 'TERRITORY_ACCESS', 'OTHER'].includes(t),
);
const CERTAINTIES = ['REPORTED', 'REPORTED', 'REPORTED', 'CONFIRMED', 'POSSIBLE'] as const;

type Random = () => number;
type Pick = <T>(items: readonly T[]) => T;
/** An operation as articles declare it, with the two sides the articles' claims are about. */
interface OperationPlan {
  id: string;
  name: string;
  eventType: 'BATTLE';
  date: string;
  locations: { location: string; role: 'OBJECTIVE' }[];
  conductor: string;
  opponent: string;
}

/** Actor, place and source ids of a corpus of this size: states, their armies, armed groups, contractors, alliances. */
function corpusIds(size: CorpusSize) {
  const stateCount = Math.max(8, Math.round(Math.sqrt(size.articles)));
  const states = Array.from({ length: stateCount }, (_, i) => `state-${i}`);
  const countries = states.map((s) => `${s}-country`);
  const regions = countries.flatMap((c) => [0, 1, 2].map((r) => `${c}-region-${r}`));
  return {
    states,
    forces: states.map((s) => `${s}-army`),
    groups: Array.from({ length: Math.max(4, Math.round(stateCount / 2)) }, (_, i) => `group-${i}`),
    pmcs: Array.from({ length: Math.max(2, Math.round(stateCount / 8)) }, (_, i) => `pmc-${i}`),
    alliances: Array.from({ length: Math.max(2, Math.round(stateCount / 6)) }, (_, i) => `alliance-${i}`),
    countries,
    regions,
    cities: regions.flatMap((r) => [0, 1].map((c) => `${r}-city-${c}`)),
  };
}
type CorpusIds = ReturnType<typeof corpusIds>;

function gazetteerActors(ids: CorpusIds, random: Random, pick: Pick): GazetteerDocument['actors'] {
  return [
    ...ids.states.map((id, i) => ({
      id,
      name: `State ${i}`,
      kind: 'STATE' as const,
      aliases: [{ name: `État ${i}`, lang: 'fr' }],
    })),
    ...ids.forces.map((id, i) => ({
      id,
      name: `Armed forces of State ${i}`,
      kind: 'STATE_ARMED_FORCE' as const,
      partOf: ids.states[i]!,
      aliases: [{ name: `Forces armées ${i}`, lang: 'fr' }],
    })),
    ...ids.groups.map((id, i) => ({ id, name: `Armed group ${i}`, kind: 'NON_STATE_ARMED_GROUP' as const })),
    ...ids.pmcs.map((id, i) => ({
      id,
      name: `Contractor ${i}`,
      kind: 'PRIVATE_MILITARY_COMPANY' as const,
      affiliations: [{ actor: pick(ids.states), since: '2015', until: '2024-06' }],
    })),
    ...ids.alliances.map((id, i) => ({
      id,
      name: `Alliance ${i}`,
      kind: 'ALLIANCE' as const,
      members: ids.states
        .filter(() => random() < 0.3)
        .map((actor) => ({
          actor,
          since: `20${10 + Math.floor(random() * 12)}`,
          ...(random() < 0.3 ? { until: '2024' } : {}),
        })),
    })),
  ];
}

function gazetteerOf(ids: CorpusIds, random: Random, pick: Pick): GazetteerDocument {
  // Actors first, then places: the order in which they draw from the seeded generator.
  const actors = gazetteerActors(ids, random, pick);
  return {
    kind: 'gazetteer',
    formatVersion: 1,
    actors,
    locations: [
      ...ids.countries.map((id, i) => ({ id, name: `Country ${i}`, kind: 'COUNTRY' as const })),
      ...ids.regions.map((id) => ({
        id,
        name: `Region ${id}`,
        kind: 'REGION' as const,
        partOf: id.replace(/-region-\d+$/, ''),
      })),
      ...ids.cities.map((id) => ({
        id,
        name: `City ${id}`,
        kind: 'CITY' as const,
        partOf: id.replace(/-city-\d+$/, ''),
        coordinates: { lat: random() * 30, lon: random() * 30 - 10 },
      })),
    ],
    sources: [0, 1, 2, 3].map((i) => ({ id: `source-${i}`, name: `Source ${i}`, kind: 'SECURITY_SOURCE' as const })),
  };
}

function operationsOf(size: CorpusSize, ids: CorpusIds, random: Random, pick: Pick): OperationPlan[] {
  const operationCount = Math.max(5, Math.round(size.articles / 10));
  return Array.from({ length: operationCount }, (_, i) => {
    const year = 2020 + Math.floor(random() * 6);
    const month = 1 + Math.floor(random() * 12);
    return {
      id: `op-${i}`,
      name: `Operation ${i}`,
      eventType: 'BATTLE' as const,
      date: `${year}-${String(month).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`,
      locations: [{ location: pick(ids.cities), role: 'OBJECTIVE' as const }],
      conductor: pick(ids.forces),
      opponent: pick(ids.groups),
    };
  });
}

/** The article's claims: the operation's combat, then support to its conductor (one per supporter and type). */
function articleClaims(a: number, op: OperationPlan, size: CorpusSize, ids: CorpusIds, random: Random, pick: Pick) {
  const sentences = [`${op.conductor} attacked ${op.opponent} in operation ${op.id} (report ${a}).`];
  const claims: NonNullable<ArticleDocument['claims']> = [
    {
      kind: 'COMBAT',
      subject: op.conductor,
      object: op.opponent,
      operation: op.id,
      polarity: 'ASSERTED',
      evidence: [
        { quote: sentences[0]!.slice(0, -1), certainty: 'REPORTED', sources: [pick(['source-0', 'source-1'])] },
      ],
    },
  ];
  const used = new Set<string>();
  for (let c = 1; c < size.claimsPerArticle; c++) {
    const supporter = random() < 0.2 ? pick(ids.pmcs) : pick(ids.states);
    const type = pick(SUPPORT_TYPES);
    const key = `${supporter}/${type}`;
    if (used.has(key) || supporter === op.conductor) continue;
    used.add(key);
    const sentence = `${supporter} provided ${type.toLowerCase()} to ${op.conductor} for ${op.id} (claim ${a}.${c}).`;
    sentences.push(sentence);
    claims.push({
      kind: 'SUPPORT',
      subject: supporter,
      object: op.conductor,
      operation: op.id,
      supportType: type,
      materiel: type.toLowerCase(),
      polarity: 'ASSERTED',
      evidence: [
        { quote: sentence.slice(0, -1), certainty: pick(CERTAINTIES), sources: [pick(['source-2', 'source-3'])] },
      ],
    });
  }
  return { sentences, claims };
}

function articleOf(a: number, op: OperationPlan, text: string, claims: ArticleDocument['claims']): ArticleDocument {
  return {
    kind: 'article',
    formatVersion: 1,
    article: {
      id: `bench-article-${a}`,
      title: `Synthetic report ${a}`,
      publisher: `Publisher ${a % 17}`,
      language: 'en',
      publishedAt: op.date,
      authorship: 'TEAM_SUMMARY',
      summarises: [{ title: 'synthetic benchmark data', publisher: 'conflict-kg bench' }],
      text,
    },
    operations: [{ id: op.id, name: op.name, eventType: op.eventType, date: op.date, locations: op.locations }],
    claims,
  };
}

export function generateCorpus(size: CorpusSize, seed = 42): Corpus {
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const ids = corpusIds(size);
  const gazetteer = gazetteerOf(ids, random, pick);
  const operations = operationsOf(size, ids, random, pick);
  let claims = 0;
  const articles = Array.from({ length: size.articles }, (_, a) => {
    const op = pick(operations);
    const planned = articleClaims(a, op, size, ids, random, pick);
    claims += planned.claims.length;
    return articleOf(a, op, planned.sentences.join(' '), planned.claims);
  });
  return { gazetteer, articles, claims, operations: operations.map((o) => o.id), states: ids.states };
}

/** The corpus as the ingest service takes it (already parsed: the benchmark measures loading, not JSON). */
export function asParsed(corpus: Corpus): ParsedDocument[] {
  return [
    { ok: true, label: 'bench-gazetteer', doc: corpus.gazetteer },
    ...corpus.articles.map((doc) => ({ ok: true as const, label: doc.article.id, doc, text: doc.article.text ?? '' })),
  ];
}
