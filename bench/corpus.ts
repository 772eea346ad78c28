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

export function generateCorpus(size: CorpusSize, seed = 42): Corpus {
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const stateCount = Math.max(8, Math.round(Math.sqrt(size.articles)));
  const states = Array.from({ length: stateCount }, (_, i) => `state-${i}`);
  const forces = states.map((s) => `${s}-army`);
  const groups = Array.from({ length: Math.max(4, Math.round(stateCount / 2)) }, (_, i) => `group-${i}`);
  const pmcs = Array.from({ length: Math.max(2, Math.round(stateCount / 8)) }, (_, i) => `pmc-${i}`);
  const alliances = Array.from({ length: Math.max(2, Math.round(stateCount / 6)) }, (_, i) => `alliance-${i}`);
  const countries = states.map((s) => `${s}-country`);
  const regions = countries.flatMap((c) => [0, 1, 2].map((r) => `${c}-region-${r}`));
  const cities = regions.flatMap((r) => [0, 1].map((c) => `${r}-city-${c}`));

  const gazetteer: GazetteerDocument = {
    kind: 'gazetteer',
    formatVersion: 1,
    actors: [
      ...states.map((id, i) => ({
        id,
        name: `State ${i}`,
        kind: 'STATE' as const,
        aliases: [{ name: `État ${i}`, lang: 'fr' }],
      })),
      ...forces.map((id, i) => ({
        id,
        name: `Armed forces of State ${i}`,
        kind: 'STATE_ARMED_FORCE' as const,
        partOf: states[i]!,
        aliases: [{ name: `Forces armées ${i}`, lang: 'fr' }],
      })),
      ...groups.map((id, i) => ({ id, name: `Armed group ${i}`, kind: 'NON_STATE_ARMED_GROUP' as const })),
      ...pmcs.map((id, i) => ({
        id,
        name: `Contractor ${i}`,
        kind: 'PRIVATE_MILITARY_COMPANY' as const,
        affiliations: [{ actor: pick(states), since: '2015', until: '2024-06' }],
      })),
      ...alliances.map((id, i) => ({
        id,
        name: `Alliance ${i}`,
        kind: 'ALLIANCE' as const,
        members: states
          .filter(() => random() < 0.3)
          .map((actor) => ({
            actor,
            since: `20${10 + Math.floor(random() * 12)}`,
            ...(random() < 0.3 ? { until: '2024' } : {}),
          })),
      })),
    ],
    locations: [
      ...countries.map((id, i) => ({ id, name: `Country ${i}`, kind: 'COUNTRY' as const })),
      ...regions.map((id) => ({
        id,
        name: `Region ${id}`,
        kind: 'REGION' as const,
        partOf: id.replace(/-region-\d+$/, ''),
      })),
      ...cities.map((id) => ({
        id,
        name: `City ${id}`,
        kind: 'CITY' as const,
        partOf: id.replace(/-city-\d+$/, ''),
        coordinates: { lat: random() * 30, lon: random() * 30 - 10 },
      })),
    ],
    sources: [0, 1, 2, 3].map((i) => ({ id: `source-${i}`, name: `Source ${i}`, kind: 'SECURITY_SOURCE' as const })),
  };

  const operationCount = Math.max(5, Math.round(size.articles / 10));
  const operations = Array.from({ length: operationCount }, (_, i) => {
    const year = 2020 + Math.floor(random() * 6);
    const month = 1 + Math.floor(random() * 12);
    return {
      id: `op-${i}`,
      name: `Operation ${i}`,
      eventType: 'BATTLE' as const,
      date: `${year}-${String(month).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`,
      locations: [{ location: pick(cities), role: 'OBJECTIVE' as const }],
      conductor: pick(forces),
      opponent: pick(groups),
    };
  });

  let claims = 0;
  const articles: ArticleDocument[] = Array.from({ length: size.articles }, (_, a) => {
    const op = pick(operations);
    const sentences: string[] = [];
    const docClaims: NonNullable<ArticleDocument['claims']> = [];
    sentences.push(`${op.conductor} attacked ${op.opponent} in operation ${op.id} (report ${a}).`);
    docClaims.push({
      kind: 'COMBAT',
      subject: op.conductor,
      object: op.opponent,
      operation: op.id,
      polarity: 'ASSERTED',
      evidence: [
        { quote: sentences[0]!.slice(0, -1), certainty: 'REPORTED', sources: [pick(['source-0', 'source-1'])] },
      ],
    });
    const used = new Set<string>();
    for (let c = 1; c < size.claimsPerArticle; c++) {
      const supporter = random() < 0.2 ? pick(pmcs) : pick(states);
      const type = pick(SUPPORT_TYPES);
      const key = `${supporter}/${type}`;
      if (used.has(key) || supporter === op.conductor) continue;
      used.add(key);
      const sentence = `${supporter} provided ${type.toLowerCase()} to ${op.conductor} for ${op.id} (claim ${a}.${c}).`;
      sentences.push(sentence);
      docClaims.push({
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
    claims += docClaims.length;
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
        text: sentences.join(' '),
      },
      operations: [
        {
          id: op.id,
          name: op.name,
          eventType: op.eventType,
          date: op.date,
          locations: op.locations,
        },
      ],
      claims: docClaims,
    };
  });
  return { gazetteer, articles, claims, operations: operations.map((o) => o.id), states };
}

/** The corpus as the ingest service takes it (already parsed: the benchmark measures loading, not JSON). */
export function asParsed(corpus: Corpus): ParsedDocument[] {
  return [
    { ok: true, label: 'bench-gazetteer', doc: corpus.gazetteer },
    ...corpus.articles.map((doc) => ({ ok: true as const, label: doc.article.id, doc, text: doc.article.text ?? '' })),
  ];
}
