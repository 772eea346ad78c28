import { cuesOf, type Mention, type SentenceView, type Span, within } from './analysis.ts';
import { official } from './event-rules.ts';
import { actorAfterDeterminers, actorRightBefore, ids, subjectBefore } from './groups.ts';
import type { RawClaim } from './raw-claim.ts';

// A denial that names whom it answers: "Ethiopia rejected Egypt's accusations", "Moscou a rejeté les accusations
// de Kiev", "Russia dismissed the allegations made by Ukraine". The accuser is in the accusation's own noun
// phrase (a possessive before the noun, "de"/"of"/"by"/"made by" after it), so the DENIAL statement needs no
// accusation told earlier in the text.

const AFTER_NOUN = new Set(['de', 'du', 'des', 'd', 'of', 'by', 'from']);
const PARTICIPLES = new Set(['made', 'levelled', 'leveled', 'portées', 'formulées', 'lancées', 'émises']);

/** The accuser named in the accusation noun phrase that starts within three words after `after`. */
function accuserOf(view: SentenceView, clause: Span, after: number): Mention | undefined {
  const noun = cuesOf(view, 'accusationNoun').find(
    (n) => n.first > after && n.first - after <= 4 && n.last <= clause.last,
  );
  if (!noun) return undefined;
  // "Egypt's accusations"
  if (view.tokens[noun.first - 1]?.text === 's')
    return view.actors.find((m) => m.last === noun.first - 2 && m.first > after && m.refs.length > 0);
  let k = noun.last + 1;
  if (PARTICIPLES.has(view.tokens[k]?.text ?? '')) k++;
  if (!AFTER_NOUN.has(view.tokens[k]?.text ?? '')) return undefined;
  return actorAfterDeterminers(view, clause, k + 1);
}

export function rejectionClaims(view: SentenceView, clause: Span): RawClaim[] {
  const verb = within([...cuesOf(view, 'denial'), ...cuesOf(view, 'rejection')], clause).sort(
    (a, b) => a.first - b.first,
  )[0];
  if (!verb) return [];
  // the denial cue may hold the noun itself ("a rejeté les accusations"): look from the verb's first word
  const accuser = accuserOf(view, clause, verb.first);
  if (!accuser) return [];
  const right = actorRightBefore(view, clause, verb.first);
  const deniers = ids(right.length > 0 ? right : subjectBefore(view, clause, verb.first));
  const out: RawClaim[] = [];
  for (const denier of deniers)
    for (const r of accuser.refs) {
      if (r.id === denier) continue;
      out.push({
        kind: 'STATEMENT',
        statementType: 'DENIAL',
        subject: denier,
        object: r.id,
        polarity: 'ASSERTED',
        certainty: official(view, denier) ? 'CONFIRMED' : 'REPORTED',
        quoteStart: Math.min(verb.start, ...subjectBefore(view, clause, verb.first).map((m) => m.start)),
        quoteEnd: Math.max(accuser.end, verb.end),
        sentence: view.index,
        paragraph: view.paragraph,
        rule: 'statement/denial-named',
        cue: verb.value.cue,
        score: 0.7,
      });
    }
  return out;
}
