import { z } from 'zod';
import { partialDateString, timestampString } from '../model/partial-date.ts';
import {
  ACTOR_KINDS,
  AUTHORSHIPS,
  CERTAINTIES,
  CLAIM_KINDS,
  EVENT_TYPES,
  LOCATION_KINDS,
  LOCATION_ROLES,
  OUTCOME_TYPES,
  POLARITIES,
  SOURCE_KINDS,
  STATEMENT_TYPES,
  SUPPORT_TYPES,
} from '../model/vocabulary.ts';

// The on-disk format of seed and article files (docs/article-format.md). Strict objects: a misspelt field is an
// error, not silently dropped data. schema/article.schema.json is generated from `documentSchema`.

export const MAX_TEXT_LENGTH = 200_000;
export const MAX_ITEMS = 5_000;

export const slug = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,119}$/, 'expected a lower-case slug: letters, digits and "-", at most 120 characters');
const name = z.string().trim().min(1, 'must not be empty').max(300);
const country = z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 3166-1 alpha-3 code such as MLI');
const language = z.string().regex(/^[a-z]{2}$/, 'expected an ISO 639-1 code such as fr');
const list = <T extends z.ZodType>(item: T) => z.array(item).max(MAX_ITEMS);

export const aliasSchema = z.strictObject({ name, lang: language.optional() });
const periodLink = z.strictObject({
  actor: slug,
  since: partialDateString.optional(),
  until: partialDateString.optional(),
});

export const actorSchema = z.strictObject({
  id: slug,
  name,
  kind: z.enum(ACTOR_KINDS),
  country: country.optional(),
  wikidata: z
    .string()
    .regex(/^Q\d+$/, 'expected a Wikidata QID such as Q912')
    .optional(),
  description: z.string().max(2000).optional(),
  aliases: list(aliasSchema).optional(),
  partOf: slug.optional(),
  affiliations: list(periodLink).optional(),
  succeeds: z.strictObject({ actor: slug, date: partialDateString.optional() }).optional(),
  members: list(periodLink).optional(),
});

export const locationSchema = z.strictObject({
  id: slug,
  name,
  kind: z.enum(LOCATION_KINDS),
  country: country.optional(),
  partOf: slug.optional(),
  aliases: list(aliasSchema).optional(),
  coordinates: z.strictObject({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) }).optional(),
  geonames: z.number().int().positive().optional(),
});

export const sourceSchema = z.strictObject({
  id: slug,
  name,
  kind: z.enum(SOURCE_KINDS),
  actor: slug.optional(),
});

export const operationSchema = z.strictObject({
  id: slug,
  name,
  aliases: list(aliasSchema).optional(),
  eventType: z.enum(EVENT_TYPES),
  date: partialDateString,
  endDate: partialDateString.optional(),
  locations: list(z.strictObject({ location: slug, role: z.enum(LOCATION_ROLES) })).optional(),
  outcome: z.string().max(2000).optional(),
  outcomeType: z.enum(OUTCOME_TYPES).optional(),
  campaign: slug.optional(),
  fatalities: z
    .strictObject({ min: z.number().int().min(0).optional(), max: z.number().int().min(0).optional() })
    .optional(),
});

export const evidenceSchema = z.strictObject({
  quote: z.string().trim().min(3, 'too short to locate in the text').max(2000),
  certainty: z.enum(CERTAINTIES),
  hedge: z.string().max(200).optional(),
  sources: list(slug).optional(),
});

export const claimSchema = z.strictObject({
  id: slug.optional(),
  kind: z.enum(CLAIM_KINDS),
  subject: slug,
  object: slug.optional(),
  operation: slug.optional(),
  location: slug.optional(),
  date: partialDateString.optional(),
  endDate: partialDateString.optional(),
  supportType: z.enum(SUPPORT_TYPES).optional(),
  materiel: z.string().max(300).optional(),
  statementType: z.enum(STATEMENT_TYPES).optional(),
  polarity: z.enum(POLARITIES).default('ASSERTED'),
  alternativeGroup: slug.optional(),
  officiallyAcknowledged: z.boolean().optional(),
  /** set by an extractor: a machine-made claim that waits for a writer to accept or reject it */
  draft: z.boolean().optional(),
  extraction: z
    .strictObject({
      extractor: z.string().min(1).max(100),
      version: z.string().min(1).max(100),
      rule: z.string().max(200),
      cue: z.string().max(200).optional(),
      score: z.number().min(0).max(1),
    })
    .optional(),
  evidence: z.array(evidenceSchema).min(1, 'a claim needs at least one evidence').max(50),
});

// A link the explorer and exports hand on: web addresses only (a javascript: or data: URL is not a source).
const webAddress = z.url({ protocol: /^https?$/, error: 'expected an http or https address' });

/** Not after tomorrow (time zones): a publication date in the future is a typo, and it would sort first forever. */
const publicationDate = timestampString.refine(
  (value) => value.slice(0, 10) <= new Date(Date.now() + 86_400_000).toISOString().slice(0, 10),
  'is in the future',
);

export const articleMetaSchema = z.strictObject({
  id: slug,
  title: name,
  url: webAddress.optional(),
  publisher: name,
  language,
  publishedAt: publicationDate,
  retrievedAt: timestampString.optional(),
  authorship: z.enum(AUTHORSHIPS),
  summarises: list(
    z.strictObject({
      title: name,
      publisher: name,
      url: webAddress.optional(),
      publishedAt: timestampString.optional(),
    }),
  ).optional(),
  text: z.string().max(MAX_TEXT_LENGTH, `text longer than ${MAX_TEXT_LENGTH} characters`).optional(),
  textFile: z.string().max(500).optional(),
});

const referenceData = {
  actors: list(actorSchema).optional(),
  locations: list(locationSchema).optional(),
  sources: list(sourceSchema).optional(),
};

export const gazetteerSchema = z.strictObject({
  $schema: z.string().optional(),
  kind: z.literal('gazetteer'),
  formatVersion: z.literal(1),
  ...referenceData,
});

export const articleDocumentSchema = z.strictObject({
  $schema: z.string().optional(),
  kind: z.literal('article'),
  formatVersion: z.literal(1),
  article: articleMetaSchema,
  ...referenceData,
  operations: list(operationSchema).optional(),
  claims: list(claimSchema).optional(),
});

export const documentSchema = z.discriminatedUnion('kind', [articleDocumentSchema, gazetteerSchema]);

export type ActorInput = z.infer<typeof actorSchema>;
export type LocationInput = z.infer<typeof locationSchema>;
export type SourceInput = z.infer<typeof sourceSchema>;
export type OperationInput = z.infer<typeof operationSchema>;
export type ClaimInput = z.infer<typeof claimSchema>;
export type EvidenceInput = z.infer<typeof evidenceSchema>;
export type ArticleDocument = z.infer<typeof articleDocumentSchema>;
export type GazetteerDocument = z.infer<typeof gazetteerSchema>;
export type SeedDocument = z.infer<typeof documentSchema>;

/** The JSON Schema annotators point their editor at (`"$schema"`), generated from the zod schema above. */
export function articleJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(documentSchema, { io: 'input', unrepresentable: 'any' }),
    title: 'conflict-kg article or gazetteer document (formatVersion 1)',
  };
}
