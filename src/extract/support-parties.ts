import { accusedBy, agentAfter, passiveAgents, repeatedAgents } from './agent-groups.ts';
import { commaBetween, cuesOf, type Mention, type SentenceView, type Span } from './analysis.ts';
import type { Cue } from './cue-index.ts';
import { demonymGoods } from './demonym-goods.ts';
import { extendGroup, groupAfter, ids, inClause, recipientAfter, sharedSubject, subjectBefore } from './groups.ts';
import { namedSubject } from './named-subject.ts';
import type { PhraseMatch } from './phrase-index.ts';
import type { ArticleContext } from './raw-claim.ts';
import { relativeAround } from './relative-clauses.ts';
import { reportedSubject } from './reported-speech.ts';
import { directObject, firstObject, verbObject } from './verb-objects.ts';

// Who gave and who received, for one support cue in a clause (support-rule.ts then reads what was given): the
// clause's subject and the actor after "à"/"to" in the active voice, the agents after "par"/"by" and the clause's
// subject in the passive, the accused of an accusation, the article's focus when the sentence names no recipient,
// and "the company"-style back-references to the supporters named before.

export type ClaimCue = PhraseMatch<Extract<Cue, { cat: 'claim' }>>;

export interface Parts {
  agents: Mention[];
  recipients: string[];
  fromFocus: boolean;
  /** inside "X accuse Y de fournir…": the support is Y's, as alleged */
  viaAccusation?: boolean;
  /** "appuyés par X et par Y": each agent with the tokens of its own noun phrase, where what it gave is named */
  segments?: { agents: Mention[]; first: number; last: number }[];
  /** after a first object ("provided the rebels with missiles"), where what was given begins */
  goodsFrom?: number;
  /** the tokens where a passive's materiel is looked for (one agent's noun phrase) */
  window?: { first: number; last: number };
  /** where the quote starts when the recipient comes first ("Le M23, que soutient le Rwanda"): its offset */
  quoteFrom?: number;
}

// a statement whose object did what the support verb after it tells: "accused X of arming", "condemned X for
// supplying", "a félicité X pour avoir livré"; the support is alleged (viaAccusation) unless it is praised
const SPOKEN_ABOUT = new Set(['ACCUSATION', 'CONDEMNATION', 'CONGRATULATION', 'THREAT']);
const ALLEGING = new Set(['ACCUSATION', 'CONDEMNATION', 'THREAT']);

/** The statement cue nearest before the support cue in its clause, if any. */
function statementBefore(view: SentenceView, clause: Span, cue: ClaimCue) {
  return cuesOf(view, 'claim')
    .filter((c) => c.value.kind === 'STATEMENT' && c.last < cue.first && c.first >= clause.first)
    .at(-1);
}

export function parties(view: SentenceView, clause: Span, cue: ClaimCue, ctx: ArticleContext): Parts | undefined {
  const voice = cue.value.voice;
  // "trained, armed and funded by Rwanda": participles coordinated with a passive cue are passive too
  if (voice !== 'passive' && voice !== 'receive' && beforePassive(view, cue, ctx)) return undefined;
  const spoken = statementBefore(view, clause, cue);
  // "le M23, que soutient le Rwanda,", "the M23, which Rwanda backs,": the relative's subject backs its antecedent
  // …unless it accuses: "Sudan, which Chad accuses of backing the rebels," has Sudan backing (accusedBy)
  const alleged = spoken !== undefined && ALLEGING.has(spoken.value.statementType ?? '');
  const relative = voice === 'active-direct' && !alleged ? relativeAround(view, cue.first) : undefined;
  if (relative)
    return {
      agents: [relative.subject],
      recipients: ids([relative.relative.antecedent]),
      fromFocus: false,
      quoteFrom: relative.relative.antecedent.start,
    };
  // "urged Washington to supply missiles", "a exhorté la Russie à livrer": asked for, not given
  if (spoken?.value.statementType === 'APPEAL') return undefined;
  const passive = voice === 'passive' ? undefined : passiveAgents(view, clause, cue.first, cue.last);
  // "Kinshasa accuse le M23 d'être armé par le Rwanda": whoever accuses is no recipient; the accused is
  const accuser = spoken && ALLEGING.has(spoken.value.statementType ?? '') ? spoken : undefined;
  const accused = accuser ? ids(accusedBy(view, clause, accuser)) : undefined;
  if (passive) {
    // the recipient of a passive is its subject: never the article's focus
    const subject = accused ?? ids(subjectBefore(view, clause, cue.first));
    return { agents: passive, recipients: subject, fromFocus: false, ...(accused ? { viaAccusation: true } : {}) };
  }
  if (voice === 'passive') {
    const appositions = ctx.constructions;
    const named = agentAfter(view, clause, cue.last, 2, appositions);
    // "backed by French air support": goods named with a demonym stand for their supplier
    const goods = named.length > 0 ? named : demonymGoods(view, cue.last, clause.last, ctx, 2).slice(0, 1);
    // "financées par des transferts d'argent venus de l'État islamique": the goods' origin gave them
    const agents = goods.length > 0 ? goods : originAgent(view, clause, cue.last, ctx);
    const agentsEnd = Math.max(cue.last, ...agents.map((m) => m.last));
    // "a drone supplied by Turkey to the Malian army": a recipient after "to"/"à" is named, whoever the subject is
    const to = ids(recipientAfter(view, clause, agentsEnd));
    // "the FLA shot down a drone supplied by Turkey": a participle describing goods says nothing of the
    // subject, unless the subject received or benefited from them ("a bénéficié de drones fournis par l'Iran")
    // ("Chadian troops, with logistical support from France": troops that are an actor are no goods)
    const onGoods = cuesOf(view, 'materiel').some(
      (x) => x.last === cue.first - 1 && !view.actors.some((m) => m.first <= x.first && m.last >= x.last),
    );
    // …or used them: "L'armée malienne utilise des drones mis à disposition par la Turquie"
    const received =
      cuesOf(view, 'claim').some((c) => c.value.voice === 'receive' && c.first >= clause.first && c.last < cue.first) ||
      cuesOf(view, 'use').some((c) => c.first >= clause.first && c.last < cue.first);
    const front = to.length === 0 && !accused ? fronted(view, clause, cue, agents) : undefined;
    // the helped subject leaves the agents' list when it was read into it
    if (front) agents.splice(agents.length - front.filter((m) => agents.includes(m)).length);
    const subject =
      to.length > 0
        ? to
        : (accused ?? (front ? ids(front) : onGoods && !received ? [] : ids(subjectBefore(view, clause, cue.first))));
    const recipients = subject.length > 0 || accused ? subject : onGoods ? [] : focusFor(view, clause, agents, ctx);
    const more = repeatedAgents(view, clause, agents, appositions);
    const segments =
      more.length === 0
        ? undefined
        : [{ agents, by: cue.last }, ...more].map((s) => ({
            agents: s.agents,
            first: s.by + 1,
            last: Math.max(...s.agents.map((m) => m.last)),
          }));
    // "appuyés par des instructeurs du groupe Wagner et par un contingent rwandais": what follows another
    // "par"/"by" was given by someone else, even one that is not an actor
    const end = Math.max(cue.last, ...agents.map((m) => m.last));
    const nextBy = view.tokens.findIndex(
      (t, i) => i > end && i <= clause.last && (t.text === 'par' || t.text === 'by'),
    );
    // "…, et de véhicules blindés mis à disposition par Banjul": what the participle describes is what was given
    const goodsStart = onGoods ? goodsPhraseStart(view, clause, cue.first - 1) : undefined;
    const window =
      goodsStart !== undefined
        ? { window: { first: goodsStart, last: cue.first - 1 } }
        : nextBy > 0
          ? { window: { first: clause.first, last: nextBy - 1 } }
          : {};
    const via = accused ? { viaAccusation: true } : {};
    return {
      agents,
      recipients,
      fromFocus: subject.length === 0 && !accused,
      ...via,
      ...(segments ? { segments } : window),
    };
  }
  const accusation = spoken && SPOKEN_ABOUT.has(spoken.value.statementType ?? '') ? spoken : undefined;
  const own = accusation ? accusedBy(view, clause, accusation) : subjectBefore(view, clause, cue.first);
  const shared = own.length > 0 || accusation ? [] : sharedSubject(view, clause);
  const agents =
    own.length > 0 || accusation
      ? namedSubject(view, clause, own, ctx.constructions?.heads)
      : shared.length > 0
        ? shared
        : reportedSubject(view, clause, ctx);
  const via = accusation && ALLEGING.has(accusation.value.statementType ?? '') ? { viaAccusation: true } : {};
  // "armed the rebels", "ont armé et formé les FDS": a verb that says what it gives takes the recipient as its
  // direct object, and without one ("funded counter-narcotics programmes") there is no recipient to guess
  if (voice === 'active-direct' && cue.value.supportType)
    return {
      agents,
      recipients: ids(notSpeakers(view, verbObject(view, clause, cue.last), ctx)),
      fromFocus: false,
      ...via,
    };
  if (voice === 'active-direct')
    return {
      agents,
      recipients: ids(notSpeakers(view, groupAfter(view, clause, cue.last, 3), ctx)),
      fromFocus: false,
      ...via,
    };
  // "provided the rebels with missiles", "sold Azerbaijan drones": the first object is the recipient
  const first = voice === 'active' ? firstObject(view, clause, cue.last) : undefined;
  if (first && first.length > 0) {
    const goodsFrom = Math.max(...first.map((m) => m.last)) + 1;
    return { agents, recipients: ids(first), fromFocus: false, goodsFrom, ...via };
  }
  let explicit = ids(recipientAfter(view, clause, cue.last));
  // "ont envoyé des renforts pour appuyer les troupes tchadiennes": the purpose's object is the recipient
  const purpose = cuesOf(view, 'purpose').find((x) => x.first > cue.last && x.last <= clause.last);
  if (explicit.length === 0 && purpose) explicit = ids(directObject(view, clause, purpose.last));
  const recipients = explicit.length > 0 ? explicit : focusFor(view, clause, agents, ctx);
  return { agents, recipients, fromFocus: explicit.length === 0, ...via };
}

export function expandAnaphora(agents: Mention[], ctx: ArticleContext): string[] {
  return agents.flatMap((m) =>
    m.anaphora && ctx.supporters.length >= m.anaphora ? ctx.supporters.slice(-m.anaphora) : m.refs.map((r) => r.id),
  );
}

/**
 * "With the help of Rwandan troops, the Mozambican army recaptured Palma", "Avec l'appui de soldats rwandais,
 * l'armée mozambicaine a repris Palma": a passive cue that opens its clause helps the subject named after the
 * agents' comma (read as one list until here: the last actors after a comma with no "and"/"et").
 */
export function fronted(view: SentenceView, clause: Span, cue: ClaimCue, agents: Mention[]): Mention[] | undefined {
  if (cue.first > clause.first + 1 || subjectBefore(view, clause, cue.first).length > 0) return undefined;
  for (let j = agents.length - 1; j >= 1; j--) {
    const a = agents[j - 1] as Mention;
    const b = agents[j] as Mention;
    const words = view.tokens.slice(a.last + 1, b.first).map((t) => t.text);
    if (commaBetween(view, a.last, b.first) && !words.some((w) => w === 'and' || w === 'et')) return agents.slice(j);
  }
  // the list stopped at the comma because the actor after it has a verb of its own (groups.ts extendGroup)
  const last = agents.at(-1);
  if (!last || !view.commaAfter.has(last.last)) return undefined;
  const mentions = inClause(view, clause);
  const at = mentions.findIndex((m) => m.first === last.last + 1 || (m.first > last.last && m.first <= last.last + 2));
  return at < 0 ? undefined : extendGroup(view, mentions, at);
}

/** The subject of a verb after a fronted "With the help of X, Y …": Y; undefined when no such opener precedes it. */
export function subjectAfterOpener(
  view: SentenceView,
  clause: Span,
  before: number,
  ctx: ArticleContext,
): Mention[] | undefined {
  const opener = cuesOf(view, 'claim').find(
    (c) => c.value.voice === 'passive' && c.value.kind === 'SUPPORT' && c.first <= clause.first + 1 && c.last < before,
  );
  if (!opener) return undefined;
  const agents = agentAfter(view, clause, opener.last, 2, ctx.constructions).filter((m) => m.last < before);
  return fronted(view, clause, opener, agents);
}

const PHRASE_BREAKS = new Set(['de', 'des', 'du', 'd', 'of', 'et', 'and', 'with', 'avec']);

/** The first word of the goods noun phrase that ends at `last` ("véhicules blindés", "surveillance drones"). */
function goodsPhraseStart(view: SentenceView, clause: Span, last: number): number {
  let i = last;
  while (
    i > clause.first &&
    last - i < 4 &&
    !PHRASE_BREAKS.has(view.tokens[i - 1]?.text ?? '') &&
    !view.commaAfter.has(i - 1)
  )
    i--;
  return i;
}

/** The cue is a participle coordinated with a passive support cue after it ("armed and funded by"). */
function beforePassive(view: SentenceView, cue: ClaimCue, ctx: ArticleContext): boolean {
  const next = cuesOf(view, 'claim').find(
    (c) => c.value.kind === 'SUPPORT' && c.value.voice === 'passive' && c.first > cue.last && c.first - cue.last <= 5,
  );
  if (!next) return false;
  const participles = ctx.constructions?.typedParticiples;
  return view.tokens
    .slice(cue.last + 1, next.first)
    .every((t) => t.text === 'and' || t.text === 'et' || participles?.has(t.text));
}

/**
 * The article's focus as the recipient of a support whose sentence names none: only when the sentence names no
 * actor but the givers (and the focus itself). "…, alliés de Bangkok", "used in the Indian strikes", "Colombia's
 * programmes": another party named there may be the one helped, and a guess between them is no claim.
 */
function focusFor(view: SentenceView, clause: Span, agents: Mention[], ctx: ArticleContext): string[] {
  const focus = ctx.focus;
  if (!focus) return [];
  const givers = new Set(agents.flatMap((m) => m.refs.map((r) => r.id)));
  // a capital after "à"/"in"/"depuis" is where ("depuis sa base de N'Djamena", "l'ambassade de France à Dakar")
  const where = (m: Mention) =>
    WHERE.has(view.tokens[m.first - 1]?.text ?? '') ||
    (['de', 'of', 'd'].includes(view.tokens[m.first - 1]?.text ?? '') &&
      WHERE.has(view.tokens[m.first - 2]?.text ?? ''));
  const others = view.actors.filter(
    (m) =>
      m.first >= clause.first &&
      m.last <= clause.last &&
      !agents.includes(m) &&
      !where(m) &&
      m.refs.length > 0 &&
      m.refs.every((r) => !givers.has(r.id) && r.id !== focus),
  );
  return others.length === 0 ? [focus] : [];
}

const WHERE = new Set([
  'à',
  'a',
  'in',
  'at',
  'near',
  'from',
  'depuis',
  'vers',
  'dans',
  'base',
  'bases',
  'ambassade',
  'embassy',
]);

/** "…for the TTP, Islamabad says": an actor past a comma and followed by a verb of saying is the source, not a recipient. */
function notSpeakers(view: SentenceView, group: Mention[], ctx: ArticleContext): Mention[] {
  const saying = ctx.constructions?.sayingVerbs;
  if (!saying) return group;
  return group.filter(
    (m, k) => k === 0 || !(view.commaAfter.has(m.first - 1) && saying.has(view.tokens[m.last + 1]?.text ?? '')),
  );
}

/** The actor after an origin word ("venus de", "coming from") within eight words after a passive cue. */
function originAgent(view: SentenceView, clause: Span, after: number, ctx: ArticleContext): Mention[] {
  const origin = ctx.constructions?.originWords.find(view.tokens, after + 1, Math.min(clause.last, after + 8))[0];
  if (!origin) return [];
  let k = origin.last + 1;
  while (k <= clause.last && ['le', 'la', 'les', 'l', 'the'].includes(view.tokens[k]?.text ?? '')) k++;
  const m = view.actors.find((a) => a.first === k && a.last <= clause.last && a.refs.length > 0);
  return m ? [m] : [];
}
