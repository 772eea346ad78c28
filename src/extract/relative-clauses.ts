import type { Mention, SentenceView, Span } from './analysis.ts';
import { subjectBefore } from './groups.ts';

// A relative clause whose antecedent is an actor and whose relative pronoun is the object of its verb: "Le M23,
// que soutient le Rwanda, a pris Goma", "le M23, que le Rwanda arme,", "the M23, which Rwanda backs,", "the rebels,
// whom Kigali supports,". The verb's subject is the actor inside the relative; its object, the antecedent. The
// main verb after the relative's closing comma has the antecedent as subject, not the actor inside.

const OBJECT_PRONOUNS = new Set(['que', 'qu', 'which', 'whom']);
const NEGATIONS = new Set(['ne', 'n', 'not', 'never', 'no', 'longer', 'plus', 'jamais', 'pas']);

export interface Relative {
  antecedent: Mention;
  /** the relative pronoun's token */
  pronoun: number;
  /** the last token of the relative (a comma follows it) */
  close: number;
}

/** The object relative clauses of a sentence (antecedent, pronoun, closing comma). */
export function objectRelatives(view: SentenceView): Relative[] {
  const out: Relative[] = [];
  view.tokens.forEach((t, r) => {
    if (!OBJECT_PRONOUNS.has(t.text) || !view.commaAfter.has(r - 1)) return;
    // the antecedent ends right before the comma, or one noun before it ("the M23 rebels, whom")
    const antecedent = view.actors.find((m) => m.refs.length > 0 && (m.last === r - 1 || m.last === r - 2));
    if (!antecedent) return;
    let close = -1;
    for (let k = r + 1; k <= Math.min(view.tokens.length - 2, r + 10); k++)
      if (view.commaAfter.has(k)) {
        close = k;
        break;
      }
    if (close > r + 1) out.push({ antecedent, pronoun: r, close });
  });
  return out;
}

/** The relative that holds token `at`, and the actor inside it that is the verb's subject. */
export function relativeAround(view: SentenceView, at: number): { relative: Relative; subject: Mention } | undefined {
  for (const relative of objectRelatives(view)) {
    if (at <= relative.pronoun || at > relative.close) continue;
    // "que le Rwanda ne soutient plus", "which Rwanda no longer backs": not read (the support ended or never was)
    if (view.tokens.slice(relative.pronoun + 1, relative.close + 1).some((t) => NEGATIONS.has(t.text)))
      return undefined;
    const subject = view.actors.find(
      (m) => m.refs.length > 0 && m.first > relative.pronoun && m.last <= relative.close && m !== relative.antecedent,
    );
    if (!subject) return undefined;
    // "which Rwanda supports": in English the subject comes before the verb; "Rwanda, which supports the M23" is
    // a subject relative, read as any other clause
    if (
      view.tokens[relative.pronoun]?.text !== 'que' &&
      view.tokens[relative.pronoun]?.text !== 'qu' &&
      subject.last >= at
    )
      return undefined;
    return { relative, subject };
  }
  return undefined;
}

/** The antecedent of a relative that closes before `cue` in this clause: the subject of the main verb. */
export function subjectPastRelative(view: SentenceView, clause: Span, cue: number): Mention[] | undefined {
  const relative = objectRelatives(view).find((r) => r.close < cue && r.pronoun >= clause.first - 1);
  if (!relative) return undefined;
  // nothing but the relative between the antecedent and the main verb: "Le M23, que soutient le Rwanda, a pris"
  const between = view.actors.filter((m) => m.first > relative.close && m.last < cue);
  return between.length === 0 ? [relative.antecedent] : undefined;
}

const RELATIVE_PRONOUNS = new Set(['qui', 'que', 'qu', 'dont', 'which', 'who', 'whom', 'whose']);

/**
 * "L'armée tchadienne, qui a reçu des blindés des Émirats, a lancé une offensive contre le FACT": whether `m`
 * stands inside a relative clause that closes before `cue`, and the relative's antecedent (the main verb's
 * subject) when it is an actor. An actor inside such a relative is never the agent of what follows it.
 */
export function insideClosedRelative(
  view: SentenceView,
  clause: Span,
  m: Mention,
  cue: number,
): { antecedent?: Mention } | undefined {
  let closed = false;
  for (let k = m.last; k < cue; k++) if (view.commaAfter.has(k)) closed = true;
  if (!closed) return undefined;
  for (let r = m.first - 1; r > clause.first; r--) {
    if (!RELATIVE_PRONOUNS.has(view.tokens[r]?.text ?? '') || !view.commaAfter.has(r - 1)) continue;
    const antecedent = view.actors.find((a) => a.refs.length > 0 && (a.last === r - 1 || a.last === r - 2));
    return antecedent ? { antecedent } : {};
  }
  return undefined;
}

const SUBJECT_PRONOUNS = new Set(['qui', 'which', 'who']);

/**
 * "…, according to the RSF, which accused Cairo of joining the war": the subject of a verb that opens a subject
 * relative is the actor right before ", which" (adverbs may stand between pronoun and verb, no actor).
 */
export function subjectRelativeAntecedent(view: SentenceView, clause: Span, cue: number): Mention[] | undefined {
  let k = cue - 1;
  while (k > clause.first && cue - k <= 3 && !SUBJECT_PRONOUNS.has(view.tokens[k]?.text ?? '')) k--;
  if (!SUBJECT_PRONOUNS.has(view.tokens[k]?.text ?? '') || !view.commaAfter.has(k - 1)) return undefined;
  if (view.actors.some((m) => m.first > k && m.first < cue)) return undefined;
  const antecedent = view.actors.find((m) => m.refs.length > 0 && m.last === k - 1);
  if (!antecedent) return undefined;
  // "Le Nigeria et le Niger, qui participent à…": the whole subject the antecedent ends
  const group = subjectBefore(view, clause, k);
  return group.includes(antecedent) ? group : [antecedent];
}
