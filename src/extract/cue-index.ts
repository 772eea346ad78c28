import type { ActorKind, Certainty, ClaimKind, SourceKind, StatementType, SupportType } from '../model/vocabulary.ts';
import type { Lexicon } from './lexicon.ts';
import { PhraseIndex } from './phrase-index.ts';

// Every lexicon phrase in one index, tagged by what it is. French negated forms ("n'a pas fourni",
// "n'ont jamais envoyé") and the other compound tenses of a listed passé composé ("avait fourni", "auraient livré",
// "avoir transmis", "s'était emparé") are generated from the affirmative cues so the dictionaries list each verb once.

type PlainCue<C extends string> = C extends string ? { cat: C; cue: string } : never;

export type Voice = 'active' | 'active-direct' | 'passive' | 'nominal' | 'receive';

export type Cue =
  | {
      cat: 'claim';
      kind: ClaimKind;
      statementType?: StatementType;
      /** what the verb gives by itself ("armed", "funded by") */
      supportType?: SupportType;
      voice: Voice;
      cue: string;
      negated: boolean;
      needsForces?: boolean;
      sendsForces?: boolean;
      /** the side that repelled is the target: subject and object swap */
      reversed?: boolean;
    }
  | { cat: 'materiel'; type: SupportType; cue: string }
  | { cat: 'hedge'; certainty: Certainty; cue: string }
  | PlainCue<
      | 'alternative'
      | 'denial'
      | 'rejection'
      | 'use'
      | 'accusationNoun'
      | 'unacknowledged'
      | 'confirmation'
      | 'attribution'
      | 'backReference'
      | 'purpose'
      | 'unrealised'
      | 'refusal'
      | 'notSupport'
    >
  | { cat: 'sourceHead'; kind: SourceKind; cue: string }
  | { cat: 'separator'; cue: string }
  | { cat: 'anaphora'; count: number; kind?: ActorKind; named?: boolean; focus?: boolean; cue: string }
  | { cat: 'nonSeparator'; cue: string }
  | { cat: 'stop'; cue: string };

export type CueCat = Cue['cat'];

const cache = new WeakMap<Lexicon, PhraseIndex<Cue>>();

export function cueIndex(lexicon: Lexicon): PhraseIndex<Cue> {
  const hit = cache.get(lexicon);
  if (hit) return hit;
  const index = new PhraseIndex<Cue>();
  const listed = new Set(lexicon['claim-cues'].cues.flatMap((g) => g.cues));
  for (const group of lexicon['claim-cues'].cues) {
    for (const cue of group.cues) {
      const base = { cat: 'claim' as const, kind: group.kind, voice: group.voice, cue };
      const withType = {
        ...base,
        ...(group.statementType ? { statementType: group.statementType } : {}),
        ...(group.supportType ? { supportType: group.supportType } : {}),
        ...(group.needsForces ? { needsForces: true } : {}),
        ...(group.sendsForces ? { sendsForces: true } : {}),
        ...(group.reversed ? { reversed: true } : {}),
      };
      index.add(cue, { ...withType, negated: false });
      const fr = /^(a|ont) (.+)$/.exec(cue);
      if (fr && group.voice !== 'passive') {
        const aux = fr[1] === 'a' ? "n'a" : "n'ont";
        for (const neg of ['pas', 'jamais'])
          index.add(`${aux} ${neg} ${fr[2]}`, { ...withType, cue: `${aux} ${neg} ${fr[2]}`, negated: true });
      }
      if (group.voice !== 'passive')
        for (const form of otherTenses(cue))
          if (!listed.has(form)) index.add(form, { ...withType, cue: form, negated: false });
    }
  }
  for (const cue of lexicon['claim-cues'].purposes) index.add(cue, { cat: 'purpose', cue });
  for (const cue of lexicon['claim-cues'].useVerbs) index.add(cue, { cat: 'use', cue });
  for (const item of lexicon.materiel.items)
    for (const cue of item.cues) index.add(cue, { cat: 'materiel', type: item.type, cue });
  for (const cue of lexicon.materiel.stopBefore) index.add(cue, { cat: 'stop', cue });
  for (const cue of lexicon.materiel.notSupport) index.add(cue, { cat: 'notSupport', cue });
  const c = lexicon['certainty-cues'];
  for (const h of c.hedges) index.add(h.cue, { cat: 'hedge', certainty: h.certainty, cue: h.cue });
  for (const cue of c.alternatives) index.add(cue, { cat: 'alternative', cue });
  for (const cue of c.denials) index.add(cue, { cat: 'denial', cue });
  for (const cue of c.rejections) index.add(cue, { cat: 'rejection', cue });
  for (const cue of c.accusationNouns) index.add(cue, { cat: 'accusationNoun', cue });
  for (const cue of c.unacknowledged) index.add(cue, { cat: 'unacknowledged', cue });
  for (const cue of c.confirmations) index.add(cue, { cat: 'confirmation', cue });
  for (const cue of c.unrealised) index.add(cue, { cat: 'unrealised', cue });
  for (const cue of c.refusals) index.add(cue, { cat: 'refusal', cue });
  const s = lexicon.sources;
  for (const cue of s.attributions) index.add(cue, { cat: 'attribution', cue });
  for (const cue of s.backReferences) index.add(cue, { cat: 'backReference', cue });
  for (const h of s.heads) index.add(h.cue, { cat: 'sourceHead', kind: h.kind, cue: h.cue });
  for (const cue of lexicon.clauses.separators) index.add(cue, { cat: 'separator', cue });
  for (const a of lexicon['actor-cues'].anaphora)
    index.add(a.cue, {
      cat: 'anaphora',
      count: a.count,
      ...(a.kind ? { kind: a.kind } : {}),
      ...(a.named ? { named: true } : {}),
      ...(a.focus ? { focus: true } : {}),
      cue: a.cue,
    });
  for (const cue of lexicon.clauses.nonSeparators) index.add(cue, { cat: 'nonSeparator', cue });
  cache.set(lexicon, index);
  return index;
}

/**
 * The French compound tenses a passé composé cue stands for: pluperfect ("avait livré"), past conditional, the
 * hedge of reported speech ("aurait fourni", read as a hedge too), the infinitive after "accuse X de" ("avoir
 * transmis"), the participle clause ("ayant armé") and the subjunctive after "que" ("il n'est pas exclu que l'Iran
 * ait fourni"); "s'est emparé" gives "s'était emparé", "se serait emparé", "se soit emparé".
 */
export function otherTenses(cue: string): string[] {
  const plain = /^(a|ont) (.+)$/.exec(cue);
  if (plain) {
    const p = plain[2];
    return plain[1] === 'a'
      ? [`avait ${p}`, `aurait ${p}`, `avoir ${p}`, `ayant ${p}`, `ait ${p}`]
      : [`avaient ${p}`, `auraient ${p}`, `avoir ${p}`, `ayant ${p}`, `aient ${p}`];
  }
  const reflexive = /^(s'est|se sont) (.+)$/.exec(cue);
  if (reflexive) {
    const p = reflexive[2];
    return reflexive[1] === "s'est"
      ? [`s'était ${p}`, `se serait ${p}`, `s'être ${p}`, `se soit ${p}`]
      : [`s'étaient ${p}`, `se seraient ${p}`, `s'être ${p}`, `se soient ${p}`];
  }
  return [];
}
