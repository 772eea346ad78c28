import type { ActorKind } from '../model/vocabulary.ts';
import { accusedAntecedent } from './agent-groups.ts';
import { commaBetween, cuesOf, type Mention, type SentenceView, type Span } from './analysis.ts';
import type { Cue } from './cue-index.ts';
import { deployedForces } from './deployed-forces.ts';
import { objectsAndPlace, placesOf } from './event-places.ts';
import { groupAfter, ids, nearestBefore, negatedBefore, sharedSubject, subjectBefore } from './groups.ts';
import { heldObject } from './held-object.ts';
import { namedSubject } from './named-subject.ts';
import type { PhraseMatch } from './phrase-index.ts';
import type { ArticleContext, RawClaim } from './raw-claim.ts';
import { insideClosedRelative, subjectPastRelative, subjectRelativeAntecedent } from './relative-clauses.ts';
import { attacker, repelled } from './repelled-attack.ts';
import { reportedSubject } from './reported-speech.ts';
import { demonymSpeaker } from './speaker-demonym.ts';
import { allegedPossessive, statementTarget } from './statement-object.ts';
import { subjectAfterOpener } from './support-parties.ts';
import { holderOfPlace, takenFrom } from './taken-from.ts';

// Every claim kind other than SUPPORT: the cue's voice says where its subject and object are (active: subject
// before, object after; passive "félicité par"/"attacked by": the reverse; nominal "la prise de Kidal": the
// nearest actor before). A kind's required slot missing means no claim, not a guess.

export type ClaimCue = PhraseMatch<Extract<Cue, { cat: 'claim' }>>;

const GROUPINGS: ActorKind[] = ['ALLIANCE', 'INTERNATIONAL_ORGANISATION'];

const AFTER = new Set(['after', 'après', 'apres', 'following']);
const MILITARY = new Set(['COMBAT', 'CONTROL', 'DEPLOYMENT', 'WITHDRAWAL']);

function militaryBefore(view: SentenceView, clause: Span): boolean {
  const previous = view.clauses.filter((c) => c.last < clause.first).at(-1);
  return cuesOf(view, 'claim').some(
    (c) => previous && c.first >= previous.first && c.last <= previous.last && MILITARY.has(c.value.kind),
  );
}

function roles(
  view: SentenceView,
  clause: Span,
  cue: ClaimCue,
  ctx: ArticleContext,
): { subjects: Mention[]; objects: Mention[] } {
  const { voice, kind } = cue.value;
  const heads = ctx.constructions?.heads;
  if (voice === 'passive') {
    const agents = groupAfter(view, clause, cue.last, 2);
    if (kind === 'MEMBERSHIP') {
      const alliance = view.actors.filter(
        (m) => m.last < cue.first && m.first >= clause.first && m.refs.some((r) => GROUPINGS.includes(r.kind)),
      );
      const last = alliance.at(-1);
      const same = alliance.filter((m) => last && m.refs[0]?.id === last.refs[0]?.id && last.first - m.last <= 8);
      return { subjects: agents, objects: same };
    }
    const before = subjectBefore(view, clause, cue.first);
    return {
      subjects: agents,
      objects: before.length > 0 || !cue.value.reversed ? before : attacker(view, clause, cue, ctx),
    };
  }
  if (voice === 'nominal') {
    // "Britain condemned the strikes on UN positions": who speaks of a fight did not fight it
    // …nor did who repelled it ("repelled an attack on the UN base": the attack was someone else's)
    const spoken = cuesOf(view, 'claim').some(
      (c) => (c.value.kind === 'STATEMENT' || c.value.reversed) && c.last < cue.first && cue.first - c.last <= 3,
    );
    const nearest = spoken ? [] : nearestBefore(view, clause, cue.first);
    // "L'armée, qui a reçu des blindés des Émirats, a lancé une offensive contre…": not the Emirates' offensive
    const relative = nearest[0] ? insideClosedRelative(view, clause, nearest[0], cue.first) : undefined;
    const before = relative ? (relative.antecedent ? [relative.antecedent] : []) : nearest;
    // "Somali troops recaptured the town after heavy fighting with al-Shabaab": a fight named after "after"
    // is the previous clause's subject's, when that clause tells a military act
    const shared = before.length === 0 && kind === 'COMBAT' && militaryBefore(view, clause);
    const subjects = shared ? sharedSubject(view, clause, AFTER) : before;
    return { subjects, objects: groupAfter(view, clause, cue.last, 2) };
  }
  // what a speaker condemns or accuses is the verb's direct object, not an actor named inside it ("the strikes on UN positions")
  const after =
    kind === 'STATEMENT'
      ? (accusedAntecedent(view, cue) ?? statementTarget(view, clause, cue.last, ctx))
      : groupAfter(view, clause, cue.last, 5);
  // "overran a jungle camp used by Abu Sayyaf militants": the holder of the place attacked
  const objects = after.length === 0 && kind === 'COMBAT' ? heldObject(view, clause, cue.last, ctx) : after;
  // "a frappé le Hezbollah au Liban", "struck positions in Syria": a country after "in"/"au" is where, not whom
  const where = kind === 'COMBAT' && objects[0] && placed(view, objects[0]);
  // "the last peacekeepers left Kidal, the CSP said": an actor past a comma is the next clause's subject
  const first = objects[0];
  const pastComma = first !== undefined && commaBetween(view, cue.last, first.first);
  // "a combattu aux côtés des FAMa", "fought with the support of": whom a fighter fights beside is no enemy
  const beside =
    kind === 'COMBAT' &&
    first !== undefined &&
    cuesOf(view, 'claim').some(
      (c) =>
        c.value.kind === 'SUPPORT' &&
        c.first > cue.last &&
        c.last < first.first &&
        c.first - cue.last <= 3 &&
        first.first - c.last <= 3,
    );
  const opened = subjectAfterOpener(view, clause, cue.first, ctx) ?? subjectPastRelative(view, clause, cue.first);
  const own = namedSubject(view, clause, subjectBefore(view, clause, cue.first), heads);
  const named =
    subjectRelativeAntecedent(view, clause, cue.first) ??
    opened ??
    (own.length > 0 ? own : reportedSubject(view, clause, ctx));
  // "le Premier ministre cambodgien a condamné…": a statement by a government named by its demonym
  if (named.length === 0 && kind === 'STATEMENT') {
    const state = demonymSpeaker(view, clause, cue.first, ctx)[0];
    const mention = state ? speakerMention(view, clause, cue.first, state) : undefined;
    if (mention) named.push(mention);
  }
  return {
    subjects: named,
    objects: where || beside || (pastComma && kind !== 'STATEMENT') ? [] : objects,
  };
}

const LOCATIVE = new Set(['in', 'inside', 'au', 'en', 'dans', 'near', 'près']);

function placed(view: SentenceView, m: Mention): boolean {
  const state = m.refs.every((r) => r.kind === 'STATE');
  const before = view.tokens[m.first - 1]?.text ?? '';
  const article = /^(?:le|la|l|les|the)$/.test(before) ? (view.tokens[m.first - 2]?.text ?? '') : before;
  return state && LOCATIVE.has(article);
}

/** "a quitté Gao en direction du nord", "left Gao heading for Kidal": a column on the move, not a withdrawal. */
function movingOn(view: SentenceView, clause: Span, cue: ClaimCue, ctx: ArticleContext): boolean {
  const moves = ctx.constructions?.movementWords;
  if (!moves) return false;
  return moves.find(view.tokens, cue.last + 1, Math.min(clause.last, cue.last + 6)).length > 0;
}

/**
 * "The Malian army entered Kidal on 14 November 2023": a military event the report tells in its own voice and dates
 * to the day, with no hedge, attribution or verb of saying in its sentence, is on the record (CONFIRMED); "…, the
 * CSP said" or "ce mardi" in a fresh report stays REPORTED.
 */
export function unattributed(view: SentenceView, ctx: ArticleContext): boolean {
  if (cuesOf(view, 'hedge').length > 0 || cuesOf(view, 'attribution').length > 0) return false;
  if (cuesOf(view, 'sourceHead').length > 0) return false;
  const saying = ctx.constructions?.sayingVerbs;
  if (view.tokens.some((t) => saying?.has(t.text))) return false;
  // …and dated to the day ("on 14 November 2023", "le 7 octobre"), as a record is
  const months = ctx.constructions?.months;
  // the dateline's date ("KABOUL, 14 octobre 2025 - ") is the report's, not the event's
  const body = view.body ?? 0;
  return view.tokens.some(
    (t, i) =>
      i >= body &&
      months?.has(t.text) &&
      [view.tokens[i - 1]?.text, view.tokens[i + 1]?.text].some((w) => /^\d{1,2}$/.test(w ?? '')),
  );
}

const OFFICIAL: ActorKind[] = ['STATE', 'STATE_ARMED_FORCE', 'INTERNATIONAL_ORGANISATION', 'ALLIANCE'];

/** A state, its forces or an organisation saying something in its own name is on the record: CONFIRMED. */
export function official(view: SentenceView, id: string): boolean {
  return view.actors.some((m) => m.refs.some((r) => r.id === id && OFFICIAL.includes(r.kind)));
}

const SENT = new Set(['TROOPS', 'MERCENARIES', 'ADVISERS', 'TRAINING']);

/** "une centaine d'instructeurs … sont arrivés": forces named in the clause before the verb. */
function forcesBefore(view: SentenceView, clause: Span, cue: ClaimCue): boolean {
  return cuesOf(view, 'materiel').some((m) => m.first >= clause.first && m.last < cue.first && SENT.has(m.value.type));
}

/** A negation right before the verb, not one that ends a relative or an aside before its comma ("…, que le Rwanda ne soutient plus, a pris"). */
function negatedHere(view: SentenceView, first: number): boolean {
  if (!negatedBefore(view, first)) return false;
  return !commaBetween(view, first - 3, first);
}

export function eventClaims(
  view: SentenceView,
  clause: Span,
  cue: ClaimCue,
  ctx: ArticleContext,
  text?: string,
): RawClaim[] {
  const { kind, voice } = cue.value;
  if (cue.value.needsForces && !forcesBefore(view, clause, cue)) return [];
  const read = roles(view, clause, cue, ctx);
  // "X repelled an attack by Y", "l'attaque de Y repoussée par X": Y attacked, X was the target (ACLED's direction)
  const { subjects, objects } = cue.value.reversed ? repelled(view, cue, read, ctx) : read;
  const places = placesOf(view, clause, cue, ctx, text);
  const { location, objectIds, accuses } = objectsAndPlace(view, clause, cue, ctx, objects, places.location);
  const possessiveAlleged =
    cue.value.statementType === 'CONDEMNATION' && voice === 'active' && allegedPossessive(view, objects, ctx);
  const needsObject = kind === 'COMBAT' || kind === 'STATEMENT' || kind === 'MEMBERSHIP';
  if (subjects.length === 0) return [];
  if (needsObject && objectIds.length === 0) return [];
  if ((kind === 'CONTROL' || kind === 'DEPLOYMENT') && !location) return [];
  if (kind === 'WITHDRAWAL' && !location && objectIds.length === 0) return [];
  if (kind === 'WITHDRAWAL' && movingOn(view, clause, cue, ctx)) return [];
  const involved = [...subjects, ...objects];
  const start = Math.min(cue.start, ...involved.map((m) => m.start));
  const end = Math.max(cue.end, places.end, ...involved.map((m) => m.end));
  const claims: RawClaim[] = [];
  const bare = unattributed(view, ctx);
  const forces = kind === 'DEPLOYMENT' ? deployedForces(view, clause, cue) : undefined;
  const objectsOrNone = kind === 'CONTROL' || kind === 'DEPLOYMENT' || objectIds.length === 0 ? [undefined] : objectIds;
  // "captured the towns of Dessie and Kombolcha": one claim a place
  const locations = location && location === places.location ? [location, ...places.more] : [location];
  for (const subject of ids(subjects)) {
    for (const [object, at] of objectsOrNone.flatMap((o) => locations.map((l) => [o, l] as const))) {
      if (subject === object) continue;
      claims.push({
        kind,
        subject,
        ...(object ? { object } : {}),
        ...(at && kind !== 'STATEMENT' && kind !== 'MEMBERSHIP' ? { location: at } : {}),
        ...(forces ? { supportType: forces } : {}),
        ...(cue.value.statementType
          ? { statementType: accuses || possessiveAlleged ? 'ACCUSATION' : cue.value.statementType }
          : {}),
        polarity: cue.value.negated || negatedHere(view, cue.first) ? 'DENIED' : 'ASSERTED',
        certainty:
          (kind === 'STATEMENT' &&
            voice === 'active' &&
            (official(view, subject) || subjects.some((m) => m.refs.some((r) => r.cue === SPEAKER)))) ||
          (MILITARY.has(kind) && bare)
            ? 'CONFIRMED'
            : 'REPORTED',
        quoteStart: start,
        quoteEnd: end,
        sentence: view.index,
        paragraph: view.paragraph,
        rule: `${kind.toLowerCase()}/${voice}`,
        cue: cue.value.cue,
        score: voice === 'nominal' ? 0.6 : 0.75,
      });
    }
  }
  // "ont repris le contrôle de Bossangoa, tenue … par les rebelles de la CPC": taken from the holder named
  const placeLast = kind === 'CONTROL' && voice === 'active' ? view.tokens.findIndex((t) => t.end === places.end) : -1;
  const holder = placeLast >= 0 && claims.length > 0 ? holderOfPlace(view, clause, placeLast, ctx) : undefined;
  if (holder) claims.push(...takenFrom(claims, holder));
  // the side a later "X sent helicopters" helps: a state's forces conducting the fight; when an armed group
  // attacks, the article does not say which side a helper took, so there is no focus to guess from
  const conductor = subjects[0]?.refs[0];
  const stateSide = conductor?.kind === 'STATE' || conductor?.kind === 'STATE_ARMED_FORCE';
  if ((kind === 'COMBAT' || kind === 'CONTROL') && claims.length > 0 && !ctx.focus && stateSide)
    ctx.focus = conductor.id;
  return claims;
}

const SPEAKER = 'government named by its demonym';

/** A mention standing for a state named only by its demonym before `before` (the words of the clause up to the verb). */
function speakerMention(view: SentenceView, clause: Span, before: number, state: string): Mention | undefined {
  const first = view.tokens[clause.first];
  const last = view.tokens[before - 1];
  if (!first || !last) return undefined;
  return {
    refs: [{ id: state, kind: 'STATE', cue: SPEAKER }],
    first: clause.first,
    last: before - 1,
    start: first.start,
    end: last.end,
  };
}
