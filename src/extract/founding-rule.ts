import type { ActorKind } from '../model/vocabulary.ts';
import { type Mention, type SentenceView, type Span, wordsBetween } from './analysis.ts';
import { unattributed } from './event-rules.ts';
import { actorAfterDeterminers, negatedBefore, subjectBefore } from './groups.ts';
import type { ArticleContext, RawClaim } from './raw-claim.ts';

// Signatories of a founding document are members of what it creates: "the military leaders of Mali, Niger and
// Burkina Faso signed a treaty creating a Confederation of Sahel States", "Bamako, Niamey et Ouagadougou, qui ont
// signé en septembre la charte du Liptako-Gourma instituant l'Alliance des États du Sahel". A signing verb, a
// document noun a few words after it (a date or the document's own name may stand between), a verb of creating,
// and an alliance or international organisation right after it: MEMBERSHIP of each signatory. A peace accord with
// a rebel group creates nothing of the kind, and makes no claim.

const GROUPINGS: ActorKind[] = ['ALLIANCE', 'INTERNATIONAL_ORGANISATION'];
/** words between the signing verb and the document noun ("ont signé en septembre la charte") */
const TO_DOCUMENT = 5;
/** words between the document noun and the verb of creating ("la charte du Liptako-Gourma instituant") */
const TO_CREATE = 5;

export function foundingClaims(view: SentenceView, clause: Span, ctx: ArticleContext): RawClaim[] {
  const c = ctx.constructions;
  if (!c) return [];
  const out: RawClaim[] = [];
  for (const sign of c.signVerbs.find(view.tokens, clause.first, clause.last)) {
    const document = c.foundingDocuments.find(
      view.tokens,
      sign.last + 1,
      Math.min(clause.last, sign.last + TO_DOCUMENT),
    )[0];
    if (!document) continue;
    const create = c.foundingVerbs.find(
      view.tokens,
      document.last + 1,
      Math.min(clause.last, document.last + TO_CREATE),
    )[0];
    if (!create) continue;
    const created = actorAfterDeterminers(view, clause, create.last + 1);
    if (!created?.refs.some((r) => GROUPINGS.includes(r.kind))) continue;
    if (negatedBefore(view, sign.first)) continue;
    const signatories = signers(view, clause, sign.first);
    // "signed a treaty … on 6 July 2024", in the report's own voice and dated to the day: on the record
    const certainty = unattributed(view, ctx) ? 'CONFIRMED' : 'REPORTED';
    for (const s of signatories)
      for (const member of s.refs)
        for (const alliance of created.refs) {
          if (member.id === alliance.id || out.some((o) => o.subject === member.id && o.object === alliance.id))
            continue;
          out.push({
            kind: 'MEMBERSHIP',
            subject: member.id,
            object: alliance.id,
            polarity: 'ASSERTED',
            certainty,
            quoteStart: Math.min(s.start, view.tokens[sign.first]?.start ?? s.start),
            quoteEnd: created.end,
            sentence: view.index,
            paragraph: view.paragraph,
            rule: 'membership/founding',
            cue: wordsBetween(view, sign.first, create.last),
            score: 0.65,
          });
        }
  }
  return out;
}

/**
 * The signatories: the actors a relative "qui"/"who" right before the verb refers to, else the subject before the
 * verb; a back-reference ("the military") beside actors the sentence names is not one more signatory.
 */
function signers(view: SentenceView, clause: Span, verb: number): Mention[] {
  const subject = subjectBefore(view, clause, verb);
  const found = antecedents(view, verb) ?? withOwner(view, subject);
  const own = found.filter((m) => m.refs.every((r) => !GROUPINGS.includes(r.kind)));
  const named = own.filter((m) => m.anaphora === undefined && m.kindAnaphora === undefined);
  return named.length > 0 ? named : own;
}

/** "Bamako, Niamey et Ouagadougou, qui ont signé": the coordinated list that ends right before the relative's comma. */
function antecedents(view: SentenceView, verb: number): Mention[] | undefined {
  const from = Math.max(0, verb - 3);
  const pronoun = view.tokens.slice(from, verb).findIndex((t) => RELATIVE.has(t.text));
  if (pronoun < 0) return undefined;
  const at = from + pronoun;
  if (!view.commaAfter.has(at - 1)) return undefined;
  const list = coordinatedBefore(view, at, []);
  return list.length > 0 ? list : undefined;
}

const OF = new Set(['of', 'de', 'd', 'du', 'des']);

/** "the presidents of Mali, Niger and Chad": the first of the list stands after "of", where the subject search skips it. */
function withOwner(view: SentenceView, subject: Mention[]): Mention[] {
  const first = subject[0];
  if (!first) return subject;
  const listed = coordinatedBefore(view, first.first, subject);
  const head = listed[0];
  return head && head !== first && OF.has(view.tokens[head.first - 1]?.text ?? '') ? [head, ...subject] : subject;
}

const JOINS = new Set(['et', 'and', 'le', 'la', 'les', 'l', 'the']);

/**
 * The actors listed right before token `end` (joined by commas, "et"/"and" and determiners only) and `list`:
 * "the presidents of Mali, Niger and Chad" gives Mali too, which the subject search leaves after "of".
 */
function coordinatedBefore(view: SentenceView, end: number, list: Mention[]): Mention[] {
  const out = [...list];
  const before = view.actors.filter((m) => m.last < end);
  for (let k = before.length - 1; k >= 0; k--) {
    const m = before[k] as Mention;
    const next = out[0]?.first ?? end;
    const gap = view.tokens.slice(m.last + 1, next);
    if (gap.some((t) => !JOINS.has(t.text)) || (gap.length === 0 && !view.commaAfter.has(m.last))) break;
    out.unshift(m);
  }
  return out;
}

const RELATIVE = new Set(['qui', 'who', 'which']);
