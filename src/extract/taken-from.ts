import type { Mention, SentenceView, Span } from './analysis.ts';
import { holderAfter } from './held-rule.ts';
import type { ArticleContext, RawClaim } from './raw-claim.ts';

// Who held a place a control verb names, when the text says it right after the place, for every place the verb
// names (a proposed one included; held-rule.ts reads gazetteer places on their own): "ont repris le contrôle de
// Bossangoa, tenue depuis deux semaines par les rebelles de la CPC", "regained control of an airstrip in Intan Jaya
// regency that the TPNPB had held", "ont repris Lalibela, la ville des églises, que des combattants Fano tenaient".
// The holder's holding is told (CONTROL holder → place). A relative clause ("que X tenaient", "that X had held")
// tells what the taker took it from: the holder is then the claim's object (article-format: "whom it was taken
// from, if the text says"), as the development annotations code it; a participle ("tenue par X") describes the
// place, and they code the taking without an object.

export interface Holder {
  mention: Mention;
  /** named in a relative clause after the place, not in a participle phrase */
  relative: boolean;
}

const APPOSITION_WORDS = 8;
const RELATIVES = new Set(['que', 'qu', 'that', 'which']);

/** The holder named after the place ending at token `last`: right after it, after one head noun, or after an apposition. */
export function holderOfPlace(view: SentenceView, clause: Span, last: number, ctx: ArticleContext): Holder | undefined {
  // the holder's participle or relative may stand past a comma, in what the clause split calls the next clause
  const sentence = { ...clause, last: view.tokens.length - 1 };
  const at = (p: number): Holder | undefined => {
    const mention = holderAfter(view, sentence, p, ctx);
    return mention && { mention, relative: RELATIVES.has(view.tokens[p + 1]?.text ?? '') };
  };
  const direct = at(last);
  if (direct) return direct;
  // "in Intan Jaya regency that…": the place's own head noun, written after its name
  const next = view.tokens[last + 1]?.text ?? '';
  if (!view.commaAfter.has(last) && /^\p{Ll}+$/u.test(next)) {
    const headed = at(last + 1);
    if (headed) return headed;
  }
  // "Lalibela, la ville des églises rupestres, que…": an apposition between two commas
  if (!view.commaAfter.has(last)) return undefined;
  for (let k = last + 1; k <= last + APPOSITION_WORDS; k++) if (view.commaAfter.has(k)) return at(k);
  return undefined;
}

/** The control claims made from one verb, given the holder of their place: held by it before, and taken from it. */
export function takenFrom(claims: RawClaim[], holder: Holder): RawClaim[] {
  const out: RawClaim[] = [];
  const { mention, relative } = holder;
  for (const c of claims) {
    if (c.kind !== 'CONTROL' || !c.location || mention.refs.some((r) => r.id === c.subject)) continue;
    const first = mention.refs[0];
    if (first && relative) c.object = first.id;
    c.quoteEnd = Math.max(c.quoteEnd, mention.end);
    for (const r of mention.refs) {
      if (out.some((o) => o.subject === r.id && o.location === c.location)) continue;
      const { object: _taker, ...held } = c;
      out.push({
        ...held,
        subject: r.id,
        polarity: 'ASSERTED',
        certainty: 'REPORTED',
        rule: 'control/held',
        score: 0.6,
      });
    }
  }
  return out;
}
