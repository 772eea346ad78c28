import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { projectRoot } from '../config/environment.ts';
import {
  ACTOR_KINDS,
  CERTAINTIES,
  CLAIM_KINDS,
  LOCATION_KINDS,
  SOURCE_KINDS,
  STATEMENT_TYPES,
  SUPPORT_TYPES,
} from '../model/vocabulary.ts';

// The coder's dictionaries are data (data/lexicon/*.json) an analyst edits without touching code; they are
// validated here so a typo in a kind or a certainty is an error naming the file, not a silently ignored cue.

export const LEXICON_DIR = join(projectRoot, 'data', 'lexicon');

const words = z.array(z.string().min(1));
const schemas = {
  countries: z.object({
    countries: z.array(
      z.object({
        iso3: z.string().regex(/^[A-Z]{3}$/),
        name: z.string(),
        names: words,
        demonyms: words,
        capitals: words,
      }),
    ),
  }),
  'actor-cues': z.object({
    armedForceHeads: words,
    governmentHeads: words,
    countryPrepositions: words,
    anaphora: z.array(
      z.object({ cue: z.string(), count: z.number().int().min(1), kind: z.enum(ACTOR_KINDS).optional() }),
    ),
    organisationHeads: z.array(z.object({ cue: z.string(), kind: z.enum(ACTOR_KINDS) })),
    acronymStoplist: words,
    memberNouns: words,
  }),
  'claim-cues': z.object({
    cues: z.array(
      z.object({
        kind: z.enum(CLAIM_KINDS),
        statementType: z.enum(STATEMENT_TYPES).optional(),
        voice: z.enum(['active', 'active-direct', 'passive', 'nominal']),
        cues: words,
      }),
    ),
  }),
  'certainty-cues': z.object({
    hedges: z.array(z.object({ cue: z.string(), certainty: z.enum(CERTAINTIES) })),
    confirmations: words,
    alternatives: words,
    denials: words,
    negations: words,
    unacknowledged: words,
  }),
  sources: z.object({
    attributions: words,
    backReferences: words,
    heads: z.array(z.object({ cue: z.string(), kind: z.enum(SOURCE_KINDS) })),
  }),
  furniture: z.object({ linePatterns: words, dropElements: words, classHints: words }),
  materiel: z.object({
    stopBefore: words,
    items: z.array(z.object({ type: z.enum(SUPPORT_TYPES), cues: words })),
  }),
  places: z.object({ heads: z.array(z.object({ cue: z.string(), kind: z.enum(LOCATION_KINDS) })) }),
  clauses: z.object({
    separators: words,
    nonSeparators: words,
    months: z.record(z.string(), z.number().int().min(1).max(12)),
  }),
};

type Schemas = typeof schemas;
export type Lexicon = { [K in keyof Schemas]: z.infer<Schemas[K]> } & { version: string };

let cached: { dir: string; lexicon: Lexicon } | undefined;

export class LexiconError extends Error {}

/** Loads and validates every dictionary; `version` is a digest of their content, so drafts say which lexicon made them. */
export function loadLexicon(dir: string = LEXICON_DIR): Lexicon {
  if (cached?.dir === dir) return cached.lexicon;
  const out: Record<string, unknown> = {};
  let digestInput = '';
  for (const [name, schema] of Object.entries(schemas)) {
    const file = join(dir, `${name}.json`);
    let raw: string;
    try {
      raw = readFileSync(file, 'utf8');
    } catch {
      throw new LexiconError(`lexicon file ${name}.json is missing`);
    }
    digestInput += raw;
    const parsed = schema.safeParse(JSON.parse(raw));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new LexiconError(`lexicon ${name}.json: ${issue?.path.join('.')}: ${issue?.message}`);
    }
    out[name] = parsed.data;
  }
  const lexicon = { ...out, version: shortDigest(digestInput) } as Lexicon;
  cached = { dir, lexicon };
  return lexicon;
}

function shortDigest(value: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) h = Math.imul(h ^ value.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}
