import type { ActorInput } from '../ingest/article-format.ts';
import type { ActorKind } from '../model/vocabulary.ts';
import type { ActorIndexes, ActorRef } from './actor-index.ts';
import { fold, phraseKey, slugify, tokenize } from './fold.ts';
import type { KnownEntities } from './known-entities.ts';
import type { Lexicon } from './lexicon.ts';
import { PhraseIndex } from './phrase-index.ts';
import { writtenForm } from './written-form.ts';

// International organisations, their missions, regional blocs and alliances (data/lexicon/organisations.json):
// known to the coder without being in the gazetteer. One the gazetteer knows by any of its names is the gazetteer's
// actor (the list's other names become that actor's names in the text); any other is a proposal declared under its
// first name with every other name, acronyms included, as aliases, so the reviewer recognises it.

// Armed groups (data/lexicon/armed-groups.json) are read the same way: "Hamas", "al-Shabaab", "the Arakan Army"
// name an actor even where no head noun or acronym in the text makes it a proposal of its own.

type Entry = Lexicon['organisations']['organisations'][number] & { country?: string; list?: 'armed groups' };

/** Words a name may write in lower case ("the Wagner group"): the lexicon's organisation and force heads. */
export function freeWords(lexicon: Lexicon): Set<string> {
  const cues = lexicon['actor-cues'];
  return new Set(
    [...cues.organisationHeads.map((h) => h.cue), ...cues.armedForceHeads].flatMap((h) => phraseKey(h).split(' ')),
  );
}

/** Adds the list's organisations to the actor index. */
export function addOrganisations(indexes: ActorIndexes, known: KnownEntities, lexicon: Lexicon): void {
  const { proposals, kindOf } = indexes;
  const gazetteer = new PhraseIndex<ActorRef>();
  for (const a of known.actors) {
    const ref: ActorRef = { id: a.id, kind: a.kind, cue: 'gazetteer' };
    for (const n of [a.name, ...(a.aliases ?? []).map((x) => x.name)]) gazetteer.add(n, ref);
  }
  const free = freeWords(lexicon);
  const resolved = new Map<string, ActorRef>();
  const entries: Entry[] = [
    ...lexicon.organisations.organisations,
    // a country's forces in general are the actor its demonym names (addNationalForces, after the countries)
    ...lexicon['armed-groups'].groups.filter((g) => !g.forces).map((g) => ({ ...g, list: 'armed groups' as const })),
  ];
  // an entry that acts for another is added after the one it names
  for (const e of [...entries.filter((x) => !x.actsFor), ...entries.filter((x) => x.actsFor)]) {
    const target = e.actsFor ? resolved.get(phraseKey(e.actsFor)) : undefined;
    const ref = target ?? knownRef(gazetteer, e) ?? propose(e, proposals, kindOf);
    for (const n of e.names) resolved.set(phraseKey(n), ref);
    const cue = ref.cue === 'gazetteer' ? 'gazetteer' : 'organisation list';
    for (const n of e.names) {
      if (ref.cue === 'gazetteer' && gazetteer.lookup(tokenize(fold(n)))) continue;
      const listed: ActorRef = { id: ref.id, kind: ref.kind, cue, ...(ref.proposal ? { proposal: ref.proposal } : {}) };
      add(indexes, n, target ? { ...listed, standsFor: true } : listed, free);
    }
  }
}

/**
 * "FARDC", "the Tatmadaw", "Tsahal": a listed name of a country's armed forces in general names the same actor as
 * its demonym ("l'armée congolaise"), the gazetteer's or the proposed one, whose names the list's join as aliases.
 */
export function addNationalForces(indexes: ActorIndexes, lexicon: Lexicon, stateOf: Map<string, string>): void {
  const free = freeWords(lexicon);
  for (const g of lexicon['armed-groups'].groups) {
    const state = g.forces && g.country ? stateOf.get(g.country) : undefined;
    const forces = state ? indexes.forcesOf.get(state) : undefined;
    if (!forces) continue;
    const { proposal, ...ref } = forces;
    if (proposal) {
      const had = new Set([proposal.name, ...(proposal.aliases ?? []).map((a) => a.name)]);
      const added = g.names.filter((n) => !had.has(n)).map((name) => ({ name }));
      // a copy: the proposal object is shared by every text this index reads
      const named: ActorInput = { ...proposal, aliases: [...(proposal.aliases ?? []), ...added] };
      indexes.proposals.set(named.id, named);
      for (const n of g.names) add(indexes, n, { ...ref, cue: 'armed-groups list', proposal: named }, free);
    } else for (const n of g.names) add(indexes, n, { ...ref, cue: 'armed-groups list' }, free);
  }
}

/** A listed name in the actor index, with the capitals it must keep in the text. */
function add(indexes: ActorIndexes, name: string, ref: ActorRef, free: Set<string>): void {
  const form = writtenForm(name, true, free);
  indexes.actors.add(name, form ? { ...ref, form } : ref);
}

function knownRef(gazetteer: PhraseIndex<ActorRef>, e: Entry): ActorRef | undefined {
  for (const n of e.names) {
    const hit = gazetteer.lookup(tokenize(fold(n)));
    if (hit?.[0]) return hit[0];
  }
  return undefined;
}

function propose(e: Entry, proposals: Map<string, ActorInput>, kindOf: Map<string, ActorKind>): ActorRef {
  const [name, ...aliases] = e.names as [string, ...string[]];
  // "nato", "minusca", "ecomig": an acronym makes the short id an analyst would write
  const acronym = e.names.find((n) => /^[A-Z][A-Z0-9-]{2,}$/.test(n));
  const id = slugify(acronym ?? name);
  const proposal: ActorInput = {
    id,
    name,
    kind: e.kind,
    ...(e.country ? { country: e.country } : {}),
    ...(aliases.length > 0 ? { aliases: aliases.map((a) => ({ name: a })) } : {}),
    description:
      e.list === 'armed groups'
        ? 'Proposed by the extractor: an armed group from its list of well-known armed groups, absent from the gazetteer.'
        : 'Proposed by the extractor: an organisation from its list of international organisations and alliances, absent from the gazetteer.',
  };
  proposals.set(id, proposal);
  kindOf.set(id, e.kind);
  return { id, kind: e.kind, proposal, cue: 'organisation list' };
}
