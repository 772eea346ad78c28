import { cuesOf, type SentenceView, type Span } from './analysis.ts';
import type { RawClaim } from './raw-claim.ts';

// "Le Tchad a remercié la France pour son soutien", "praised Rwanda for its military help": an actor thanked or
// praised for what it gave supported the speaker. The statement stays; the support is told by the speaker
// (REPORTED, with the statement's quote). Nothing when "pour"/"for" names no help or goods ("félicité l'armée
// pour sa victoire", "thanked Qatar for hosting the talks"), or a verb that tells the support itself.

const FOR = new Set(['pour', 'for']);
// "help" and "aide" alone are too often diplomatic or humanitarian ("for its help in the talks"): goods must say so
const HELP = new Set('soutien appui support backing'.split(' '));
/** words between "for" and the help: "pour son « soutien décisif »", "for its continued military support" */
const REACH = 5;

export function thankedSupport(view: SentenceView, text: string, clause: Span, made: RawClaim[]): RawClaim[] {
  const out: RawClaim[] = [];
  for (const s of made) {
    if (s.kind !== 'STATEMENT' || s.statementType !== 'CONGRATULATION' || s.polarity !== 'ASSERTED') continue;
    const thanked = view.actors.find(
      (m) => m.start >= s.quoteStart && m.last <= clause.last && m.refs.some((r) => r.id === s.object),
    );
    if (!thanked || !FOR.has(view.tokens[thanked.last + 1]?.text ?? '')) continue;
    const last = Math.min(clause.last, thanked.last + 1 + REACH);
    // "pour avoir livré des avions à l'armée": a verb after "pour" tells the support itself (support-rule.ts)
    if (cuesOf(view, 'claim').some((c) => c.first > thanked.last && c.first <= last)) continue;
    // "pour son aide humanitaire": no military support
    if (cuesOf(view, 'notSupport').some((x) => x.first > thanked.last && x.first <= last)) continue;
    const goods = cuesOf(view, 'materiel').find((x) => x.first > thanked.last + 1 && x.last <= last);
    let help = thanked.last + 2;
    while (help <= last && !HELP.has(view.tokens[help]?.text ?? '')) help++;
    if (!goods && help > last) continue;
    const end = goods ? goods.last : help;
    out.push({
      kind: 'SUPPORT',
      subject: s.object as string,
      object: s.subject,
      supportType: goods?.value.type ?? 'OTHER',
      ...(goods ? { materiel: text.slice(goods.start, goods.end) } : {}),
      polarity: 'ASSERTED',
      certainty: 'REPORTED',
      quoteStart: s.quoteStart,
      quoteEnd: Math.max(s.quoteEnd, view.tokens[end]?.end ?? 0),
      sentence: s.sentence,
      paragraph: s.paragraph,
      rule: 'support/thanked',
      cue: s.cue,
      score: 0.7,
    });
  }
  return out;
}
