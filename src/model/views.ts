import { z } from 'zod';
import {
  ACTOR_KINDS,
  ACTOR_TIES,
  AUTHORSHIPS,
  CERTAINTIES,
  CLAIM_KINDS,
  EVENT_TYPES,
  LOCATION_KINDS,
  OUTCOME_TYPES,
  POLARITIES,
  SOURCE_KINDS,
  STATEMENT_TYPES,
  SUPPORT_TYPES,
} from './vocabulary.ts';

// Rows read back from Neo4j, validated by zod before they reach a resolver. They double as the GraphQL parent
// types (codegen mappers), so what a resolver receives is exactly what the repositories checked. Vocabulary fields
// are the vocabulary's own enums, so they match the generated GraphQL enum types without casts.

const nullableString = z.string().nullable();
const stringList = z
  .array(z.string())
  .nullable()
  .transform((v) => v ?? []);

export const actorView = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(ACTOR_KINDS),
  country: nullableString,
  wikidata: nullableString,
  description: nullableString,
  aliasNames: stringList,
  aliasLangs: stringList,
});
export type ActorView = z.infer<typeof actorView>;

export const locationView = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(LOCATION_KINDS),
  country: nullableString,
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  aliasNames: stringList,
  aliasLangs: stringList,
});
export type LocationView = z.infer<typeof locationView>;

export const operationView = z.object({
  id: z.string(),
  name: z.string(),
  eventType: z.enum(EVENT_TYPES),
  date: z.string(),
  endDate: nullableString,
  outcome: nullableString,
  outcomeType: z.enum(OUTCOME_TYPES).nullable(),
  fatalitiesMin: z.number().nullable(),
  fatalitiesMax: z.number().nullable(),
  aliasNames: stringList,
  aliasLangs: stringList,
  sortKey: z.string(),
});
export type OperationView = z.infer<typeof operationView>;

export const articleView = z.object({
  id: z.string(),
  title: z.string(),
  url: nullableString,
  publisher: z.string(),
  language: z.string(),
  publishedAt: z.string(),
  publishedDate: z.string(),
  authorship: z.enum(AUTHORSHIPS),
  summarises: nullableString,
});
export type ArticleView = z.infer<typeof articleView>;

export const sourceView = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(SOURCE_KINDS),
  actorId: nullableString,
});
export type SourceView = z.infer<typeof sourceView>;

export const evidenceView = z.object({
  id: z.string(),
  quote: z.string(),
  sentence: z.number(),
  charStart: z.number(),
  charEnd: z.number(),
  certainty: z.enum(CERTAINTIES),
  hedge: nullableString,
  draft: z
    .boolean()
    .nullish()
    .transform((v) => v ?? false),
  extractor: z
    .string()
    .nullish()
    .transform((v) => v ?? null),
  rule: z
    .string()
    .nullish()
    .transform((v) => v ?? null),
  score: z
    .number()
    .nullish()
    .transform((v) => v ?? null),
  article: articleView,
  sources: z.array(sourceView),
});
export type EvidenceView = z.infer<typeof evidenceView>;

export const claimView = z.object({
  id: z.string(),
  kind: z.enum(CLAIM_KINDS),
  supportType: z.enum(SUPPORT_TYPES).nullable(),
  statementType: z.enum(STATEMENT_TYPES).nullable(),
  polarity: z.enum(POLARITIES),
  certainty: z.enum(CERTAINTIES),
  date: nullableString,
  when: z.string(),
  whenBasis: z.enum(['CLAIM', 'OPERATION', 'FIRST_REPORT']),
  materiel: stringList,
  officiallyAcknowledged: z.boolean().nullable(),
  draft: z
    .boolean()
    .nullish()
    .transform((v) => v ?? false),
  evidenceCount: z.number(),
  articleCount: z.number(),
  publisherCount: z.number(),
  sourceCount: z.number(),
  sortKey: z.string(),
  subject: actorView,
  object: actorView.nullable(),
  operation: operationView.nullable(),
  location: locationView.nullable(),
  evidences: z.array(evidenceView),
  alternativeIds: z.array(z.string()),
  contradictingIds: z.array(z.string()),
});
export type ClaimView = z.infer<typeof claimView>;

/** A link of the actor graph: a claim between two actors, or a tie of the actor hierarchy. */
export const actorLinkView = z.object({
  id: z.string(),
  type: z.enum([...CLAIM_KINDS, ...(ACTOR_TIES.split('|') as ['PART_OF', 'AFFILIATED_WITH', 'MEMBER_OF', 'SUCCEEDS'])]),
  source: z.string(),
  target: z.string(),
  claimId: z.string().nullable(),
});
export type ActorLinkView = z.infer<typeof actorLinkView>;
