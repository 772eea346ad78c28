import type { Mention, SentenceView, Span } from './analysis.ts';

const ARTICLES = new Set(['the', 'le', 'la', 'les', 'l']);

/**
 * "The UN stabilisation mission in Mali, MINUSMA, left…", "Russia's private military company, Wagner, sent…": when
 * the subject's noun phrase ends in a group's noun (`heads`) and an actor follows between commas, that actor is
 * the subject; the first actor only qualified the noun.
 */
export function namedSubject(view: SentenceView, clause: Span, subjects: Mention[], heads?: Set<string>): Mention[] {
  const first = subjects[0];
  if (!heads || subjects.length !== 1 || !first) return subjects;
  for (let i = first.last; i <= Math.min(clause.last, first.last + 5); i++) {
    if (!view.commaAfter.has(i)) continue;
    const words = view.tokens.slice(first.last + 1, i + 1).map((t) => t.text);
    if (!words.some((w) => heads.has(w))) return subjects;
    const at = ARTICLES.has(view.tokens[i + 1]?.text ?? '') ? i + 2 : i + 1;
    const name = view.actors.find((m) => m.first === at && m.last <= clause.last);
    return name && view.commaAfter.has(name.last) ? [name] : subjects;
  }
  return subjects;
}
