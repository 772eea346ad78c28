import type { SupportType } from '../model/vocabulary.ts';
import type { Token } from './fold.ts';
import { phraseKey } from './fold.ts';
import type { Lexicon } from './lexicon.ts';

// The word lists of data/lexicon/constructions.json, matched on a sentence's folded tokens. They are read by the
// construction rules only (territory frames, support nouns, appositions), so they stay out of the shared cue index.

export interface WordMatch {
  first: number;
  last: number;
}

// Every list's first words, one bit per list (shared by lists past 31: a shared bit only costs a closer look), so
// that a sentence's words are looked up once for all the lists that read it, not once per list.
const headBits = new Map<string, number>();
let lists = 0;
const sentenceBits = new WeakMap<readonly Token[], { generation: number; bits: Int32Array }>();

/** The head bits of each of these tokens, looked up the first time a position is asked for (-1: not yet). */
function headBitsOf(tokens: readonly Token[]): Int32Array {
  const cached = sentenceBits.get(tokens);
  // a list made since (another lexicon) may add bits: the words are looked up again
  if (cached !== undefined && cached.generation === lists && cached.bits.length === tokens.length) return cached.bits;
  const bits = new Int32Array(tokens.length).fill(-1);
  sentenceBits.set(tokens, { generation: lists, bits });
  return bits;
}

export class WordPhrases {
  private readonly byFirst = new Map<string, string[][]>();
  private readonly bit = 1 << (lists++ % 31);

  constructor(phrases: string[]) {
    for (const p of phrases) {
      const words = phraseKey(p).split(' ').filter(Boolean);
      const head = words[0];
      if (!head) continue;
      const list = this.byFirst.get(head) ?? [];
      list.push(words);
      list.sort((a, b) => b.length - a.length);
      this.byFirst.set(head, list);
      headBits.set(head, (headBits.get(head) ?? 0) | this.bit);
    }
  }

  /** The longest phrase starting at token `i`. */
  at(tokens: Token[], i: number): WordMatch | undefined {
    const candidates = this.byFirst.get(tokens[i]?.text ?? '');
    if (candidates === undefined) return undefined;
    // plain loops: this runs for every token of every clause, once per word list
    for (const words of candidates) {
      let k = 1;
      while (k < words.length && tokens[i + k]?.text === words[k]) k++;
      if (k === words.length) return { first: i, last: i + words.length - 1 };
    }
    return undefined;
  }

  /** Every phrase inside tokens first..last, left to right. */
  find(tokens: Token[], first: number, last: number): WordMatch[] {
    const out: WordMatch[] = [];
    const bits = headBitsOf(tokens);
    for (let i = first; i <= last; i++) {
      let here = bits[i];
      if (here === undefined) continue;
      if (here === -1) {
        here = headBits.get(tokens[i]?.text ?? '') ?? 0;
        bits[i] = here;
      }
      if ((here & this.bit) === 0) continue;
      const m = this.at(tokens, i);
      if (m && m.last <= last) {
        out.push(m);
        i = m.last;
      }
    }
    return out;
  }

  /** The phrase that ends at token `last`, if any (looked for up to five words back). */
  endingAt(tokens: Token[], last: number): WordMatch | undefined {
    for (let i = last; i >= Math.max(0, last - 5); i--) {
      const m = this.at(tokens, i);
      if (m?.last === last) return m;
    }
    return undefined;
  }
}

export interface Constructions {
  /** organisation heads and member nouns: the nouns an apposition may name ("militias known as X") */
  heads: Set<string>;
  permitVerbs: WordPhrases;
  openVerbs: WordPhrases;
  supportNouns: WordPhrases;
  presentingVerbs: WordPhrases;
  withdrawalNouns: WordPhrases;
  /** words between a control verb and its place that are no distance (a day, 'le contrôle de') */
  placeFillers: Set<string>;
  blockers: WordPhrases;
  appositions: WordPhrases;
  /** words before an unknown place named by a control, deployment or withdrawal verb (place-slot.ts) */
  slotPrepositions: Set<string>;
  /** capitalised words that never begin such a place: titles, months, days */
  notNames: Set<string>;
  /** lower-case words inside a place's name ("Mocímboa da Praia") */
  nameJoiners: Set<string>;
  /** a word right after the verb that makes it no control ("took place in", "took part in") */
  slotBlockers: Set<string>;
  /** acts a statement may be about, whose author is its object ("l'intervention turque", "these strikes") */
  statementActs: WordPhrases;
  /** "clashes between X and Y", "des combats ont opposé X aux Y" (combat-between.ts) */
  betweenWords: Set<string>;
  fightNouns: WordPhrases;
  /** "overran a camp used by Abu Sayyaf militants": who holds the place attacked (held-object.ts) */
  holderPhrases: WordPhrases;
  /** "l'attaque du JNIM repoussée par l'armée": the noun naming what was repelled, whose author attacked */
  attackNouns: Set<string>;
  opposeVerbs: WordPhrases;
  /** the last word of each opposeVerbs phrase: a clause without one holds none */
  opposeEnds: Set<string>;
  /** single-word verbs of saying: an event told after one is reported, not on the record */
  sayingVerbs: Set<string>;
  /** month names (clauses.json), folded */
  months: Set<string>;
  /** "en direction de", "heading for": leaving a place on the way to another is no withdrawal */
  movementWords: WordPhrases;
  /** words between a statement verb and whom it names: the claim-cues adverbs and constructions' verbFillers */
  verbFillers: WordPhrases;
  /** statement acts a condemnation alleges ('un soutien de X'): it accuses their author */
  allegedActs: WordPhrases;
  /** support named by a noun of backing (backing-rule.ts): the acts, the backers, their types by folded phrase */
  backingNouns: WordPhrases;
  backerNouns: WordPhrases;
  backingTypes: Map<string, SupportType>;
  backingModifiers: Set<string>;
  /** a concessive before a backing noun: background, not news ('malgré le soutien de')  */
  backingBackground: WordPhrases;
  /** a typed passive cue's participle ("armé" of "armé par", "funded" of "funded by") → what it gives */
  typedParticiples: Map<string, SupportType>;
  /** 'à la demande de X', 'at the request of X' (request-rule.ts) */
  requestPhrases: WordPhrases;
  /** 'venus de', 'coming from': the origin of goods named as a passive's agent */
  originWords: WordPhrases;
  /** 'grâce à', 'thanks to' (thanks-rule.ts) */
  thanksWords: WordPhrases;
  /** French verbs of buying, by folded phrase: the seller follows "à" (receive-rule.ts) */
  purchaseVerbs: Set<string>;
  /** support verbs of sending, by folded phrase (sent-deployment.ts) */
  sendVerbs: Set<string>;
  /** a founding document signed, and the verb that says what it creates (founding-rule.ts) */
  signVerbs: WordPhrases;
  foundingDocuments: WordPhrases;
  foundingVerbs: WordPhrases;
  /** who holds a place (held-rule.ts) */
  heldParticiples: WordPhrases;
  heldVerbs: WordPhrases;
  heldPhrases: WordPhrases;
}

const cache = new WeakMap<Lexicon, Constructions>();

export function constructionsOf(lexicon: Lexicon): Constructions {
  const hit = cache.get(lexicon);
  if (hit) return hit;
  const c = lexicon.constructions;
  const cues = lexicon['actor-cues'];
  const made: Constructions = {
    heads: new Set([...cues.organisationHeads.map((h) => h.cue), ...cues.memberNouns].map(phraseKey)),
    permitVerbs: new WordPhrases(c.permitVerbs),
    openVerbs: new WordPhrases(c.openVerbs),
    supportNouns: new WordPhrases(c.supportNouns),
    presentingVerbs: new WordPhrases(c.presentingVerbs),
    withdrawalNouns: new WordPhrases(c.withdrawalNouns),
    placeFillers: new Set(c.placeFillers.map(phraseKey)),
    blockers: new WordPhrases(c.blockers),
    appositions: new WordPhrases(c.appositions),
    slotPrepositions: new Set(lexicon.places.slotPrepositions.map(phraseKey)),
    nameJoiners: new Set(lexicon.places.nameJoiners.map(phraseKey)),
    slotBlockers: new Set(lexicon.places.slotBlockers.map(phraseKey)),
    statementActs: new WordPhrases(c.statementActs),
    betweenWords: new Set(c.betweenWords.map(phraseKey)),
    fightNouns: new WordPhrases(c.fightNouns),
    attackNouns: new Set(c.attackNouns.map(phraseKey)),
    holderPhrases: new WordPhrases(c.holderPhrases),
    opposeVerbs: new WordPhrases(c.opposeVerbs),
    opposeEnds: new Set(c.opposeVerbs.map((v) => phraseKey(v).split(' ').at(-1) ?? '')),
    sayingVerbs: new Set(c.sayingVerbs.map(phraseKey)),
    months: new Set(Object.keys(lexicon.clauses.months).map(phraseKey)),
    movementWords: new WordPhrases(c.movementWords),
    verbFillers: new WordPhrases([...c.verbFillers, ...lexicon['claim-cues'].adverbs]),
    allegedActs: new WordPhrases(c.allegedActs),
    backingNouns: new WordPhrases(c.backing.acts.map((a) => a.cue)),
    backerNouns: new WordPhrases(c.backing.backers.map((a) => a.cue)),
    backingTypes: new Map([...c.backing.acts, ...c.backing.backers].map((a) => [phraseKey(a.cue), a.type])),
    backingModifiers: new Set(c.backing.modifiers.map(phraseKey)),
    backingBackground: new WordPhrases(c.backing.background),
    typedParticiples: typedParticiples(lexicon),
    requestPhrases: new WordPhrases(c.requestPhrases),
    originWords: new WordPhrases(c.originWords),
    thanksWords: new WordPhrases(c.thanksWords),
    purchaseVerbs: new Set(c.purchaseVerbs.map(phraseKey)),
    sendVerbs: new Set(c.sendVerbs.map(phraseKey)),
    signVerbs: new WordPhrases(c.founding.signVerbs),
    foundingDocuments: new WordPhrases(c.founding.documents),
    foundingVerbs: new WordPhrases(c.founding.creates),
    heldParticiples: new WordPhrases(c.held.participles),
    heldVerbs: new WordPhrases(c.held.verbs),
    heldPhrases: new WordPhrases(c.held.phrases),
    notNames: new Set(
      [...lexicon.places.notNames, ...Object.keys(lexicon.clauses.months), ...c.placeFillers].map(phraseKey),
    ),
  };
  cache.set(lexicon, made);
  return made;
}

const ARTICLES = new Set(['the', 'le', 'la', 'les', 'l']);

/**
 * "local militias known as Wazalendo": when an apposition stands right before the actor at token `first` (an
 * article may follow it) after a group's noun, the first token of that apposition; the actor names that noun phrase.
 */
export function appositionBefore(tokens: Token[], first: number, c?: Constructions): number | undefined {
  if (!c) return undefined;
  let i = first - 1;
  if (ARTICLES.has(tokens[i]?.text ?? '')) i--;
  const at = c.appositions.endingAt(tokens, i)?.first;
  // only a group's noun ("militias", "combattants") is named so: "a bridge known as the Wagner crossing" is not
  if (at === undefined) return undefined;
  // ("dissidents of the former FARC, known as…": the noun may have its own complement)
  return [at - 1, at - 2, at - 3, at - 4, at - 5].some((k) => c.heads.has(tokens[k]?.text ?? '')) ? at : undefined;
}

/** The token after an apposition that starts at token `i` (and its article), or undefined. */
export function appositionAfter(tokens: Token[], i: number, lexicon: Lexicon): number | undefined {
  const m = constructionsOf(lexicon).appositions.at(tokens, i);
  if (!m) return undefined;
  return ARTICLES.has(tokens[m.last + 1]?.text ?? '') ? m.last + 2 : m.last + 1;
}

/** "armé par" → "arme": WEAPONS; the participles of the typed passive support cues, folded. */
function typedParticiples(lexicon: Lexicon): Map<string, SupportType> {
  const out = new Map<string, SupportType>();
  for (const g of lexicon['claim-cues'].cues)
    if (g.kind === 'SUPPORT' && g.voice === 'passive' && g.supportType)
      for (const cue of g.cues) {
        const words = phraseKey(cue).split(' ');
        if (words.length === 2 && (words[1] === 'par' || words[1] === 'by')) out.set(words[0] as string, g.supportType);
      }
  return out;
}
