import type { ActorInput } from '../ingest/article-format.ts';
import type { ActorKind } from '../model/vocabulary.ts';
import { phraseKey, slugify } from './fold.ts';
import type { KnownEntities } from './known-entities.ts';
import type { Lexicon } from './lexicon.ts';
import { addNationalForces, addOrganisations, freeWords } from './organisation-list.ts';
import { PhraseIndex } from './phrase-index.ts';
import { type WrittenForm, writtenForm } from './written-form.ts';

// Every written form that names an actor: gazetteer names and aliases first (they win a tie), then the country
// lexicon (names, capitals as metonyms, "head + demonym" phrases in French and English order). A country or an
// armed force absent from the gazetteer is a *proposed* actor that the draft declares, never a dropped mention.

export interface ActorRef {
  id: string;
  kind: ActorKind;
  /** set when the actor is not known: the declaration the draft must carry */
  proposal?: ActorInput;
  cue: string;
  /** a proposal whose acronym a known actor also has: in this text the acronym is this one ("Comando Sur Popular (CSP)") */
  overrides?: boolean;
  /** the capitals this form of the name must keep in the text ("UN" is not "Un", "Islamic State" not "Islamic state") */
  form?: WrittenForm;
  /** a body named for the organisation it belongs to ("Security Council" → the UN): no antecedent of "the mission" */
  standsFor?: boolean;
  /** a branch of a state's forces ("Thai air force"): that state's id, which the branch names too (anaphora.ts) */
  branchOf?: string;
}

export interface DemonymRef {
  stateId: string;
  demonym: string;
}

export interface ActorIndexes {
  actors: PhraseIndex<ActorRef>;
  demonyms: PhraseIndex<DemonymRef>;
  proposals: Map<string, ActorInput>;
  kindOf: Map<string, ActorKind>;
  /** a state's id → its armed forces ("the army" of the country a text is about) */
  forcesOf: Map<string, ActorRef>;
}

function stateFor(known: KnownEntities, iso3: string, name: string, proposals: Map<string, ActorInput>): ActorRef {
  const found = known.actors.find((a) => a.kind === 'STATE' && a.country === iso3);
  if (found) return { id: found.id, kind: 'STATE', cue: 'country' };
  const id = slugify(name);
  const proposal: ActorInput = {
    id,
    name,
    kind: 'STATE',
    country: iso3,
    description: 'Proposed by the extractor: a country named in the text and absent from the gazetteer.',
  };
  proposals.set(id, proposal);
  return { id, kind: 'STATE', proposal, cue: 'country' };
}

/** A country's armed forces in general, not one of its units: its name or an alias says "army", "forces"… */
function generalForce(a: ActorInput, heads: string[]): boolean {
  const words = new Set([a.name, ...(a.aliases ?? []).map((x) => x.name)].flatMap((n) => phraseKey(n).split(' ')));
  return heads.some((h) =>
    phraseKey(h)
      .split(' ')
      .every((w) => words.has(w)),
  );
}

function forcesFor(
  known: KnownEntities,
  state: ActorRef,
  iso3: string,
  name: string,
  proposals: Map<string, ActorInput>,
  heads: string[],
): ActorRef {
  const forces = known.actors.filter((a) => a.kind === 'STATE_ARMED_FORCE' && generalForce(a, heads));
  const found = forces.find((a) => a.partOf === state.id) ?? forces.find((a) => a.country === iso3 && !a.partOf);
  if (found) return { id: found.id, kind: 'STATE_ARMED_FORCE', cue: 'armed-force demonym' };
  const id = `${state.id}-armed-forces`;
  const proposal: ActorInput = {
    id,
    name: `Armed forces of ${name}`,
    kind: 'STATE_ARMED_FORCE',
    country: iso3,
    partOf: state.id,
    description: 'Proposed by the extractor: the armed forces of a country named by a demonym in the text.',
  };
  proposals.set(id, proposal);
  return { id, kind: 'STATE_ARMED_FORCE', proposal, cue: 'armed-force demonym' };
}

type Branch = Lexicon['actor-cues']['branchHeads'][number];

/** One branch of a country's forces: the gazetteer's force of the country whose names carry the branch, else a proposal. */
function branchFor(
  known: KnownEntities,
  forces: ActorRef,
  state: ActorRef,
  c: { iso3: string; name: string },
  b: Branch,
  proposals: Map<string, ActorInput>,
): ActorRef {
  const { iso3, name } = c;
  const found = known.actors.find(
    (a) => a.kind === 'STATE_ARMED_FORCE' && a.country === iso3 && b.cues.some((h) => generalForce(a, [h])),
  );
  if (found) return { id: found.id, kind: 'STATE_ARMED_FORCE', cue: 'branch demonym', branchOf: state.id };
  const id = `${forces.id.replace(/-armed-forces$/, '')}-${b.branch}`;
  const proposal: ActorInput = {
    id,
    name: `${name} ${b.name}`,
    kind: 'STATE_ARMED_FORCE',
    country: iso3,
    partOf: forces.id,
    description: `Proposed by the extractor: a branch of the armed forces (${b.name.toLowerCase()}) of a country named by a demonym in the text.`,
  };
  proposals.set(id, proposal);
  return { id, kind: 'STATE_ARMED_FORCE', proposal, cue: 'branch demonym', branchOf: state.id };
}

export function buildActorIndexes(known: KnownEntities, lexicon: Lexicon): ActorIndexes {
  const actors = new PhraseIndex<ActorRef>();
  const demonyms = new PhraseIndex<DemonymRef>();
  const proposals = new Map<string, ActorInput>();
  const kindOf = new Map<string, ActorKind>();
  const forcesOf = new Map<string, ActorRef>();
  const free = freeWords(lexicon);
  for (const a of known.actors) {
    kindOf.set(a.id, a.kind);
    const ref: ActorRef = { id: a.id, kind: a.kind, cue: 'gazetteer' };
    for (const n of [a.name, ...(a.aliases ?? []).map((x) => x.name)]) {
      // a multi-word name keeps its capitals only where it is a proper name ("Islamic State"), and acronyms theirs
      const form = writtenForm(n, n.includes(' '), free);
      actors.add(n, form ? { ...ref, form } : ref);
    }
  }
  addOrganisations({ actors, demonyms, proposals, kindOf, forcesOf }, known, lexicon);
  const stateOfCountry = new Map<string, string>();
  const cues = lexicon['actor-cues'];
  // phrases folded once: "head + demonym" in both orders and "head of country" for every country make tens of
  // thousands of phrases with the world's countries
  // a branch head ("air force", "police") names the branch, not the forces in general
  const branchCues = new Set(cues.branchHeads.flatMap((b) => b.cues.map(phraseKey)));
  const generalHeads = cues.armedForceHeads.filter((h) => !branchCues.has(phraseKey(h)));
  const forceHeads = generalHeads.map(phraseKey);
  const governmentHeads = cues.governmentHeads.map(phraseKey);
  const prepositions = cues.countryPrepositions.map(phraseKey);
  for (const c of lexicon.countries.countries) {
    const state = stateFor(known, c.iso3, c.name, proposals);
    stateOfCountry.set(c.iso3, state.id);
    kindOf.set(state.id, 'STATE');
    for (const n of c.names) actors.add(n, state);
    // a capital names its state ("Bamako a dénoncé…") and is a city where troops arrive (place-slot.ts)
    const capital: ActorRef = { ...state, cue: 'capital' };
    for (const n of c.capitals) actors.add(n, capital);
    const forces = forcesFor(known, state, c.iso3, c.name, proposals, generalHeads);
    kindOf.set(forces.id, 'STATE_ARMED_FORCE');
    forcesOf.set(state.id, forces);
    const branches = cues.branchHeads.map((b) => {
      const ref = branchFor(known, forces, state, c, b, proposals);
      kindOf.set(ref.id, 'STATE_ARMED_FORCE');
      return { ref, heads: b.cues.map(phraseKey) };
    });
    for (const d of c.demonyms) {
      demonyms.add(d, { stateId: state.id, demonym: d });
      const dk = phraseKey(d);
      // the lists write English demonyms with a capital ("Malian"), put before the head, and French ones in lower
      // case ("malienne"), put after it: one order each keeps the index half the size
      const english = /^\p{Lu}/u.test(d);
      for (const h of forceHeads) actors.addKey(english ? `${dk} ${h}` : `${h} ${dk}`, forces);
      for (const b of branches) for (const h of b.heads) actors.addKey(english ? `${dk} ${h}` : `${h} ${dk}`, b.ref);
      for (const h of governmentHeads) actors.addKey(english ? `${dk} ${h}` : `${h} ${dk}`, state);
    }
    // "Myanmar's military", "Somaliland forces": the country's name with a head, for every country
    for (const n of c.names) {
      const nk = phraseKey(n);
      const possessive = phraseKey(`${n}'s`);
      for (const h of forceHeads) {
        // "the army of Lebanon" is rarer than "Lebanon's army": spelled out for the hand-written countries only,
        // which keeps the index (and its memory) small
        if (!c.fromWorldList) for (const p of prepositions) actors.addKey(`${h} ${p} ${nk}`, forces);
        actors.addKey(`${possessive} ${h}`, forces);
        // "the Benin army", "the Sudan army": the country's name as the head's adjective
        actors.addKey(`${nk} ${h}`, forces);
      }
      for (const b of branches)
        for (const h of b.heads) {
          actors.addKey(`${possessive} ${h}`, b.ref);
          actors.addKey(`${nk} ${h}`, b.ref);
        }
      for (const h of governmentHeads) {
        if (!c.fromWorldList) for (const p of prepositions) actors.addKey(`${h} ${p} ${nk}`, state);
        actors.addKey(`${possessive} ${h}`, state);
      }
    }
  }
  const indexes = { actors, demonyms, proposals, kindOf, forcesOf };
  addNationalForces(indexes, lexicon, stateOfCountry);
  return indexes;
}
