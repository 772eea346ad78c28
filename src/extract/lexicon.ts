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
import { phraseKey } from './fold.ts';

// The coder's dictionaries are data (data/lexicon/*.json) an analyst edits without touching code; they are
// validated here so a typo in a kind or a certainty is an error naming the file, not a silently ignored cue.

export const LEXICON_DIR = join(projectRoot, 'data', 'lexicon');

const words = z.array(z.string().min(1));
const countryList = z.object({
  countries: z.array(
    z.object({
      iso3: z.string().regex(/^[A-Z]{3}$/),
      name: z.string(),
      names: words,
      demonyms: words,
      capitals: words,
      /** set at load on the countries taken from world-countries.json */
      fromWorldList: z.boolean().optional(),
    }),
  ),
});
const schemas = {
  countries: countryList,
  /** every other independent country (generated once from a public list, then edited as data) */
  'world-countries': countryList,
  /** international organisations, missions, blocs and alliances known without the gazetteer (organisation-list.ts) */
  organisations: z.object({
    organisations: z.array(
      z.object({
        kind: z.enum(ACTOR_KINDS),
        names: z.array(z.string().min(1)).min(1),
        /** the organisation this body acts for ("Security Council" → "United Nations") */
        actsFor: z.string().optional(),
      }),
    ),
  }),
  /** well-known armed groups, named forces and military companies, known without the gazetteer (organisation-list.ts) */
  'armed-groups': z.object({
    groups: z.array(
      z.object({
        kind: z.enum(['NON_STATE_ARMED_GROUP', 'STATE_ARMED_FORCE', 'PRIVATE_MILITARY_COMPANY', 'ALLIANCE']),
        names: z.array(z.string().min(1)).min(1),
        /** ISO 3166-1 alpha-3 of the country it fights in or belongs to */
        country: z
          .string()
          .regex(/^[A-Z]{3}$/)
          .optional(),
        /** the country's armed forces in general: the same actor its demonym names ("FARDC", "l'armée congolaise") */
        forces: z.boolean().optional(),
      }),
    ),
  }),
  'actor-cues': z.object({
    armedForceHeads: words,
    /** heads that name one branch of a country's forces ("armée de l'air thaïlandaise", "Pakistan's navy") */
    branchHeads: z.array(z.object({ branch: z.string().regex(/^[a-z-]+$/), name: z.string(), cues: words })),
    governmentHeads: words,
    countryPrepositions: words,
    anaphora: z.array(
      z.object({
        cue: z.string(),
        count: z.number().int().min(1),
        kind: z.enum(ACTOR_KINDS).optional(),
        /** names only an actor the text wrote beside the same noun ("les combattants de Boko Haram … les combattants") */
        named: z.boolean().optional(),
        /** names the state the text has named most so far ("the junta"), or with STATE_ARMED_FORCE its forces ("the army") */
        focus: z.boolean().optional(),
      }),
    ),
    organisationHeads: z.array(z.object({ cue: z.string(), kind: z.enum(ACTOR_KINDS) })),
    /** words inside an organisation's name that say its kind without being a head ("multinationale") */
    kindWords: z.array(z.object({ cue: z.string(), kind: z.enum(ACTOR_KINDS) })).default([]),
    /** a capitalised organisation word opening a French name written in lower case ("les Forces de soutien rapide") */
    nameHeads: z.array(z.object({ cue: z.string(), kind: z.enum(ACTOR_KINDS) })).default([]),
    /** a word that ends such a name: a verb, a preposition of place or time, a title */
    nameBreaks: words.default([]),
    /** titles before a person's name ("President Salva Kiir", "le général Hemedti") */
    personTitles: words.default([]),
    /** a people's adjectives ("kurdes", "Tigrayan") and the stems a group's name shares with them ("tigr") */
    peoples: z.array(z.object({ words, stems: words })).default([]),
    acronymStoplist: words,
    memberNouns: words,
  }),
  'claim-cues': z.object({
    cues: z.array(
      z.object({
        kind: z.enum(CLAIM_KINDS),
        statementType: z.enum(STATEMENT_TYPES).optional(),
        supportType: z.enum(SUPPORT_TYPES).optional(),
        voice: z.enum(['active', 'active-direct', 'passive', 'nominal', 'receive']),
        /** the cue says nothing military unless its clause names forces before it ("instructors … arrived in") */
        needsForces: z.boolean().optional(),
        /** with needsForces: the forces named before the verb were sent, and say the deployment's type */
        sendsForces: z.boolean().optional(),
        /** the verb's grammatical subject is the side attacked ("X repelled an attack by Y": Y attacked X) */
        reversed: z.boolean().optional(),
        cues: words,
      }),
    ),
    purposes: words.default([]),
    /** adverbs that may stand between an auxiliary and its participle ("a également envoyé") */
    adverbs: words.default([]),
    /** verbs whose subject has goods another supplied ("utilise des drones fournis par la Turquie") */
    useVerbs: words.default([]),
    compounds: z.array(z.object({ suffix: z.string().min(1), supportType: z.enum(SUPPORT_TYPES) })).default([]),
  }),
  'certainty-cues': z.object({
    hedges: z.array(z.object({ cue: z.string(), certainty: z.enum(CERTAINTIES) })),
    confirmations: words,
    alternatives: words,
    denials: words,
    /** verbs that deny only a few words after an accusation noun ("a charge the Kremlin rejected") */
    rejections: words.default([]),
    accusationNouns: words.default([]),
    negations: words,
    unacknowledged: words,
    unrealised: words.default([]),
    refusals: words.default([]),
  }),
  sources: z.object({
    attributions: words,
    backReferences: words,
    heads: z.array(z.object({ cue: z.string(), kind: z.enum(SOURCE_KINDS) })),
  }),
  furniture: z.object({ linePatterns: words, dropElements: words, classHints: words }),
  materiel: z.object({
    stopBefore: words,
    /** what is given but is no military support: humanitarian aid, condolences */
    notSupport: words.default([]),
    items: z.array(z.object({ type: z.enum(SUPPORT_TYPES), cues: words })),
  }),
  /** support without a support verb: territory frames, "la livraison de X à Y", appositions (see the file) */
  constructions: z.object({
    permitVerbs: words,
    openVerbs: words,
    supportNouns: words,
    presentingVerbs: words,
    withdrawalNouns: words,
    placeFillers: words,
    blockers: words,
    appositions: words,
    statementActs: words.default([]),
    betweenWords: words.default([]),
    fightNouns: words.default([]),
    /** 'run by', 'tenu par': a place attacked named with who holds it ('a camp used by X') names the side attacked */
    holderPhrases: words.default([]),
    /** 'attaque', 'assault': what a repelling side repelled ('l'attaque du X repoussée par Y') */
    attackNouns: words.default([]),
    opposeVerbs: words.default([]),
    sayingVerbs: words.default([]),
    movementWords: words.default([]),
    /** words between a statement verb and whom it names: 'accuse également Pékin', 'denounced in turn' */
    verbFillers: words.default([]),
    /** 'à la demande de X', 'at the request of X': a deployment made so helps X */
    requestPhrases: words.default([]),
    /** 'venus de', 'coming from': the origin of goods a passive cue names as its agent */
    originWords: words.default([]),
    /** 'grâce à', 'thanks to': what the subject's result owes to names its supporter (thanks-rule.ts) */
    thanksWords: words.default([]),
    /** support verbs of sending: forces sent to a place with no recipient are a deployment (sent-deployment.ts) */
    /** French verbs of buying: the actor after 'à' is the seller, who supplied (receive-rule.ts) */
    purchaseVerbs: words.default([]),
    sendVerbs: words.default([]),
    /** signatories of a founding document found the alliance it creates: MEMBERSHIP (founding-rule.ts) */
    founding: z
      .object({ signVerbs: words, documents: words, creates: words })
      .default({ signVerbs: [], documents: [], creates: [] }),
    /** a place named with who holds it ('tenue par', 'que X tenaient', 'in the hands of'): CONTROL (held-rule.ts) */
    held: z
      .object({ participles: words, verbs: words, phrases: words })
      .default({ participles: [], verbs: [], phrases: [] }),
    /** statement acts a condemnation alleges ('un soutien de l'Ukraine'): it accuses their author */
    allegedActs: words.default([]),
    /** support named by a noun of backing: the act ('le soutien du Rwanda au M23') and the backer ('the main backer of') */
    backing: z
      .object({
        acts: z.array(z.object({ cue: z.string().min(1), type: z.enum(SUPPORT_TYPES) })),
        backers: z.array(z.object({ cue: z.string().min(1), type: z.enum(SUPPORT_TYPES) })),
        modifiers: words,
        background: words.default([]),
      })
      .default({ acts: [], backers: [], modifiers: [], background: [] }),
  }),
  places: z.object({
    heads: z.array(z.object({ cue: z.string(), kind: z.enum(LOCATION_KINDS) })),
    /** words before the unknown place a control, deployment or withdrawal verb names (place-slot.ts) */
    slotPrepositions: words.default([]),
    notNames: words.default([]),
    nameJoiners: words.default([]),
    slotBlockers: words.default([]),
  }),
  /** sentences that deny what they report: 'denied reports that …', 'il est faux que …', '… are untrue' */
  'denial-frames': z.object({
    verbs: words,
    skippable: words,
    complements: words,
    falseBefore: words,
    reportNouns: words,
    copulas: words,
    falseAfter: words,
    /** 'there is no evidence that', 'rien ne prouve que': what follows is not told as a fact (no claim) */
    unprovenBefore: words.default([]),
    /** 'it is unclear whether', 'il n'est pas exclu que': what follows is only possible */
    doubtBefore: words.default([]),
  }),
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
  lexicon.countries = { countries: withWorld(lexicon.countries.countries, lexicon['world-countries'].countries) };
  cached = { dir, lexicon };
  return lexicon;
}

type Country = Lexicon['countries']['countries'][number];

/** "tchadienne" → "tchadiennes", "Kenyan" → "Kenyans": every demonym's plural, which the lists need not spell out. */
function withPlurals(c: Country): Country {
  const plural = (d: string) =>
    /^\p{Ll}/u.test(d) ? (/[sx]$/.test(d) ? [] : [`${d}s`]) : /n$/.test(d) ? [`${d}s`] : [];
  return { ...c, demonyms: [...new Set([...c.demonyms, ...c.demonyms.flatMap(plural)])] };
}

/** The hand-written countries win: a world country they list, or a form they use, is left out. */
function withWorld(handWritten: Country[], world: Country[]): Country[] {
  const hand = handWritten.map(withPlurals);
  const iso = new Set(hand.map((c) => c.iso3));
  const taken = new Set(hand.flatMap((c) => [...c.names, ...c.demonyms, ...c.capitals]).map(phraseKey));
  const free = (ws: string[]) => ws.filter((w) => !taken.has(phraseKey(w)));
  const extra = world
    .filter((c) => !iso.has(c.iso3))
    .map((c) => ({
      ...c,
      names: free(c.names),
      demonyms: free(c.demonyms),
      capitals: free(c.capitals),
      fromWorldList: true,
    }))
    .filter((c) => c.names.length > 0);
  return [...hand, ...extra];
}

function shortDigest(value: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) h = Math.imul(h ^ value.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}
