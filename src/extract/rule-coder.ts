import type { ActorInput, ArticleDocument, SourceInput } from '../ingest/article-format.ts';
import type { SupportType } from '../model/vocabulary.ts';
import { type ActorIndexes, buildActorIndexes } from './actor-index.ts';
import { cuesOf, governs, type PlaceRef, type SentenceView, within } from './analysis.ts';
import { placeIndexAdd, scanText } from './article-scan.ts';
import { orientFights } from './combat-between.ts';
import { compoundClaims } from './compound-rule.ts';
import { constructionClaims } from './construction-claims.ts';
import { constructionsOf } from './constructions.ts';
import { cueIndex } from './cue-index.ts';
import { sentenceDate } from './dates.ts';
import { denyInFrames, insideDenialFrame, weighInFrames } from './denial-frames.ts';
import { denialClaims } from './denial-rule.ts';
import { buildDocument } from './draft-document.ts';
import { eventClaims } from './event-rules.ts';
import type { ExtractInput, Extractor } from './extractor.ts';
import { sameSentenceSides } from './focus-guard.ts';
import { fold, phraseKey, tokenize } from './fold.ts';
import type { KnownEntities } from './known-entities.ts';
import { type Lexicon, loadLexicon } from './lexicon.ts';
import { nounUse } from './noun-use.ts';
import { proposeOrganisations } from './org-proposals.ts';
import { PhraseIndex } from './phrase-index.ts';
import { proposePlaces } from './place-proposals.ts';
import type { ArticleContext, RawClaim } from './raw-claim.ts';
import { receiveClaims } from './receive-rule.ts';
import { sentDeployment } from './sent-deployment.ts';
import { addSharedAuxiliaries } from './shared-auxiliary.ts';
import { citedSources } from './sources-rule.ts';
import { supportClaims } from './support-rule.ts';
import { thankedSupport } from './thanked-support.ts';

// The default extractor: a deterministic, explainable coder. Every claim names the rule and the cue that made
// it; the dictionaries are data/lexicon/*.json. Same text + same dictionaries → the same draft, byte for byte.

const DATED = new Set(['COMBAT', 'CONTROL', 'MEMBERSHIP', 'WITHDRAWAL', 'DEPLOYMENT', 'STATEMENT']);

/** What the coder builds once per set of known entities. */
interface CoderIndexes {
  actors: ActorIndexes;
  places: PhraseIndex<PlaceRef>;
  countryPlaces: Map<string, string>;
  knownStates: Map<string, string>;
  /** the countries of the lexicon's actors (every country, organisations): the same for every text */
  lexiconStates: Map<string, string>;
}

export class RuleCoder implements Extractor {
  readonly name = 'rule-coder';
  readonly version: string;
  private readonly lexicon: Lexicon;
  private readonly memberNouns: Set<string>;
  private readonly governmentNouns: Set<string>;
  private readonly sayingVerbs: Set<string>;
  private readonly adverbs: Set<string>;
  private readonly compounds: Map<string, SupportType>;
  private readonly cached = new WeakMap<KnownEntities, CoderIndexes>();
  /** The last indexes built, by the content of the entities they were built from. */
  private last?: { key: string; indexes: CoderIndexes };

  constructor(lexicon: Lexicon = loadLexicon()) {
    this.lexicon = lexicon;
    this.version = `1.0.0+lexicon.${lexicon.version}`;
    this.memberNouns = new Set(lexicon['actor-cues'].memberNouns.map(phraseKey));
    this.governmentNouns = new Set(lexicon['actor-cues'].governmentHeads.map(phraseKey));
    this.sayingVerbs = new Set(lexicon.constructions.sayingVerbs.map(phraseKey));
    this.adverbs = new Set(lexicon['claim-cues'].adverbs.map(phraseKey));
    this.compounds = new Map(lexicon['claim-cues'].compounds.map((c) => [phraseKey(c.suffix), c.supportType]));
  }

  private indexes(known: KnownEntities) {
    let hit = this.cached.get(known);
    // the same entities read again (a request re-reads the graph, a CLI run merges the gazetteer per call): building
    // the indexes costs about half a second, serialising the entities a few milliseconds
    const key = hit ? '' : JSON.stringify([known.actors, known.locations, known.operations]);
    if (!hit && this.last?.key === key) {
      hit = this.last.indexes;
      this.cached.set(known, hit);
    }
    if (!hit) {
      const places = new PhraseIndex<PlaceRef>();
      placeIndexAdd(places, known.locations, known.operations);
      const actors = buildActorIndexes(known, this.lexicon);
      hit = {
        actors,
        places,
        countryPlaces: countryPlaces(known, actors),
        knownStates: stateCountries(known.actors),
        lexiconStates: stateCountries(actors.proposals.values()),
      };
      this.cached.set(known, hit);
      this.last = { key, indexes: hit };
    }
    return hit;
  }

  /** The text read into sentence views, with the organisations it names that nothing knows (proposals). */
  private read(input: ExtractInput) {
    const { text, known } = input;
    const { actors, places } = this.indexes(known);
    const isPlace = (key: string) =>
      places.scanAll(key.split(' ').map((t) => ({ text: t, start: 0, end: 0 }))).length > 0;
    const folded = fold(text);
    const tokens = tokenize(folded);
    const proposed = proposeOrganisations({
      text,
      indexes: actors,
      lexicon: this.lexicon,
      isPlace,
      tokens,
      namesOf: (id) => namesOf(known, id),
    });
    const newPlaces = proposePlaces(text, tokens, this.lexicon, places);
    const views = scanText(
      text,
      {
        actors,
        proposals: proposed.index,
        places,
        proposedPlaces: newPlaces.index,
        cues: cueIndex(this.lexicon),
        memberNouns: this.memberNouns,
        governmentNouns: this.governmentNouns,
        sayingVerbs: this.sayingVerbs,
        adverbs: this.adverbs,
      },
      folded,
      tokens,
    );
    return { views, proposed, newPlaces };
  }

  /**
   * Each sentence's span and the actors it names (after back-references), with every actor this text could
   * name: for a reader (the evaluation's miss causes) asking whether a missed claim's actors were seen at all.
   */
  sentenceActors(input: ExtractInput): {
    sentences: { start: number; end: number; ids: string[] }[];
    actors: ActorInput[];
  } {
    const { views, proposed } = this.read(input);
    const { actors } = this.indexes(input.known);
    return {
      sentences: views.map((v) => ({
        start: v.start,
        end: v.end,
        ids: v.actors.flatMap((m) => m.refs.map((r) => r.id)),
      })),
      actors: [...actors.proposals.values(), ...proposed.proposals],
    };
  }

  extract(input: ExtractInput): ArticleDocument {
    const { text, metadata, known } = input;
    const { actors, countryPlaces, knownStates, lexiconStates } = this.indexes(known);
    const { views, proposed, newPlaces } = this.read(input);
    const ctx: ArticleContext = {
      language: metadata.language,
      text,
      supporters: [],
      claims: [],
      countryPlaces,
      constructions: constructionsOf(this.lexicon),
      demonyms: actors.demonyms,
    };
    // the known actors' countries are computed once per set of known entities; only this text's proposals are new
    const proposedStates = stateCountries(proposed.proposals);
    ctx.stateOf = { get: (id) => knownStates.get(id) ?? proposedStates.get(id) ?? lexiconStates.get(id) };
    const unacknowledged = new Set<string>();
    const sources = new Map<string, SourceInput>();
    const published = new Date(`${metadata.publishedAt.slice(0, 10)}T12:00:00Z`);
    for (const view of views) {
      addSharedAuxiliaries(view, cueIndex(this.lexicon));
      const before = ctx.claims.length;
      this.sentenceClaims(view, text, ctx, unacknowledged);
      if (this.compounds.size > 0) ctx.claims.push(...compoundClaims(view, text, actors, this.compounds));
      const made = ctx.claims.slice(before);
      denyInFrames(made, view, this.lexicon);
      // "there is no evidence that…" drops what it frames: the sentence's claims are replaced by those kept
      const fresh = weighInFrames(made, view, text, this.lexicon);
      if (fresh.length < made.length) ctx.claims.splice(before, made.length, ...fresh);
      if (fresh.some((c) => DATED.has(c.kind))) {
        const date = sentenceDate(text.slice(view.start, view.end), metadata.language, published, this.lexicon);
        if (date) for (const c of fresh) if (DATED.has(c.kind)) (c as RawClaim & { date?: string }).date = date;
      }
      const cited = citedSources(view, text, actors);
      if (cited) {
        for (const s of cited.sources) sources.set(s.id, s);
        const target = cited.backReference ? previousParagraph(ctx.claims, view) : fresh;
        for (const c of target) c.sources = [...new Set([...(c.sources ?? []), ...cited.sources.map((s) => s.id)])];
      }
    }
    for (const c of ctx.claims)
      if (c.kind === 'SUPPORT' && unacknowledged.has(c.subject)) c.officiallyAcknowledged = false;
    orientFights(ctx.claims);
    // looked up, not copied: the lexicon's proposals are every country and organisation, the same for every text
    const textProposals = new Map(proposed.proposals.map((p) => [p.id, p] as const));
    const proposals = { get: (id: string) => textProposals.get(id) ?? actors.proposals.get(id) };
    // a state does not support itself: "its forces" named by a bare noun ("l'état-major") that resolved to the
    // supplier's own side is a misreading, never a support between two parties
    const country = (id: string | undefined) => (id ? ctx.stateOf?.get(id) : undefined);
    const selfSupport = (c: RawClaim) =>
      c.kind === 'SUPPORT' && country(c.subject) !== undefined && country(c.subject) === country(c.object);
    return buildDocument({
      text,
      metadata,
      claims: sameSentenceSides(ctx.claims.filter((c) => !selfSupport(c))),
      proposals,
      sources: [...sources.values()],
      known,
      proposedLocations: [...newPlaces.locations, ...(ctx.proposedPlaces?.values() ?? [])],
      mentionedPlaces: new Set(views.flatMap((v) => v.places.map((p) => p.value.id))),
      extractor: { extractor: this.name, version: this.version },
    });
  }

  private sentenceClaims(view: SentenceView, text: string, ctx: ArticleContext, unacknowledged: Set<string>): void {
    // "…, a annoncé la présidence", "…, the ministry announced": a confirmation after the sentence's last comma
    // attributes the whole sentence, not only its last clause
    const lastComma = Math.max(-1, ...view.commaAfter);
    const trailing = cuesOf(view, 'confirmation').some((c) => lastComma >= 0 && c.first === lastComma + 1);
    // a denial frame needs a denial verb in the sentence ("it is false that…" is read by denyInFrames alone)
    const denials = cuesOf(view, 'denial').length > 0;
    for (const clause of view.clauses) {
      if (within(cuesOf(view, 'unacknowledged'), clause).length > 0)
        for (const m of within(view.actors, clause)) for (const r of m.refs) unacknowledged.add(r.id);
      // "Mali accused Algeria of arming the FLA, which Algiers denied": what comes before the denial verb is read
      // first (the accusation the denial answers); what comes after it is what is denied, never asserted
      const denial = within(cuesOf(view, 'denial'), clause)[0];
      const confirmed = within(cuesOf(view, 'confirmation'), clause).length > 0 || trailing;
      for (const cue of within(cuesOf(view, 'claim'), clause)) {
        // …unless the denial frames it ("denied supplying weapons to…"): then it is read, and denied
        // ("…denied that it had supplied…" splits at "that": the frame is the sentence's, not the clause's)
        const framed = denials && insideDenialFrame(view, this.lexicon, cue.start);
        if (denial && cue.first > denial.first && !framed) continue;
        if (nounUse(view, cue)) continue;
        // "plans to send", "a cessé de fournir": the act did not happen; "refused to sell": it did not, said so
        const refused = governs(cuesOf(view, 'refusal'), cue);
        // "would not supply": a refusal, said so, even though "would" alone plans and tells nothing
        if (!refused && governs(cuesOf(view, 'unrealised'), cue)) continue;
        let made =
          cue.value.voice === 'receive'
            ? receiveClaims(view, text, clause, cue, ctx)
            : cue.value.kind === 'SUPPORT'
              ? supportClaims(view, text, clause, cue, ctx)
              : eventClaims(view, clause, cue, ctx, text);
        // "a envoyé 200 soldats dans la province d'Enga": sent to no one, forces sent somewhere are deployed there
        if (made.length === 0) made = sentDeployment(view, clause, cue, ctx, text);
        for (const c of made) if (confirmed && c.certainty === 'REPORTED' && !c.hedge) c.certainty = 'CONFIRMED';
        if (refused || framed) for (const c of made) c.polarity = 'DENIED';
        ctx.claims.push(...made, ...thankedSupport(view, text, clause, made));
      }
      ctx.claims.push(...constructionClaims(view, text, clause, ctx, { denial, confirmed }));
      if (denial) ctx.claims.push(...denialClaims(view, clause, ctx));
    }
  }
}

const shared = new WeakMap<Lexicon, RuleCoder>();

/** One coder per lexicon for the process: its indexes are built once, not for every text or request. */
export function sharedCoder(lexicon: Lexicon = loadLexicon()): RuleCoder {
  let coder = shared.get(lexicon);
  if (!coder) {
    coder = new RuleCoder(lexicon);
    shared.set(lexicon, coder);
  }
  return coder;
}

/** A state's id → the known location that is its country ("niger" → "niger-country"). */
function countryPlaces(known: KnownEntities, actors: ActorIndexes): Map<string, string> {
  const placeOf = new Map<string, string>();
  for (const l of known.locations) if (l.kind === 'COUNTRY' && l.country) placeOf.set(l.country, l.id);
  const out = new Map<string, string>();
  const states = [...known.actors, ...actors.proposals.values()].filter((a) => a.kind === 'STATE' && a.country);
  for (const a of states) {
    const place = placeOf.get(a.country ?? '');
    if (place && !out.has(a.id)) out.set(a.id, place);
  }
  return out;
}

/** A known actor's name and aliases. */
function namesOf(known: KnownEntities, id: string): string[] {
  return known.actors.filter((a) => a.id === id).flatMap((a) => [a.name, ...(a.aliases ?? []).map((x) => x.name)]);
}

/** The country of every state and state armed force among these actors, by id. */
function stateCountries(actors: Iterable<ActorInput>): Map<string, string> {
  const out = new Map<string, string>();
  for (const a of actors)
    if ((a.kind === 'STATE' || a.kind === 'STATE_ARMED_FORCE') && a.country) out.set(a.id, a.country);
  return out;
}

function previousParagraph(claims: RawClaim[], view: SentenceView): RawClaim[] {
  const earlier = claims.filter((c) => c.paragraph < view.paragraph);
  const last = Math.max(0, ...earlier.map((c) => c.paragraph));
  return earlier.filter((c) => c.paragraph === last);
}
