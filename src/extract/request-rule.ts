import type { SentenceView, Span } from './analysis.ts';
import { DETERMINERS } from './groups.ts';
import type { ArticleContext, RawClaim } from './raw-claim.ts';

// "Uganda has deployed special forces to Juba at the request of the South Sudanese government", "Le Rwanda a
// déployé un millier de soldats à Pemba, à la demande de Maputo": forces deployed at another actor's request or
// invitation are sent to help it: SUPPORT TROOPS from the deploying actor to the requester. Only a deployment the
// clause already told (a DEPLOYMENT claim) counts; "a demandé le déploiement" is a request, and makes none.

export function requestClaims(view: SentenceView, clause: Span, ctx: ArticleContext): RawClaim[] {
  const phrases = ctx.constructions?.requestPhrases;
  if (!phrases) return [];
  const out: RawClaim[] = [];
  for (const p of phrases.find(view.tokens, clause.first, clause.last)) {
    let k = p.last + 1;
    while (k <= clause.last && DETERMINERS.has(view.tokens[k]?.text ?? '')) k++;
    const requester = view.actors.find((m) => m.first === k && m.last <= clause.last && m.refs.length > 0);
    if (!requester) continue;
    const deployed = ctx.claims.filter(
      (c) =>
        c.kind === 'DEPLOYMENT' &&
        c.sentence === view.index &&
        c.polarity === 'ASSERTED' &&
        c.quoteStart >= clause.start &&
        c.quoteStart <= clause.end,
    );
    for (const d of deployed)
      for (const r of requester.refs) {
        const same = d.subject === r.id || (ctx.stateOf?.get(d.subject) ?? '-') === ctx.stateOf?.get(r.id);
        if (same || out.some((c) => c.subject === d.subject && c.object === r.id)) continue;
        out.push({
          kind: 'SUPPORT',
          subject: d.subject,
          object: r.id,
          supportType: 'TROOPS',
          polarity: 'ASSERTED',
          certainty: d.certainty,
          ...(d.hedge ? { hedge: d.hedge } : {}),
          quoteStart: d.quoteStart,
          quoteEnd: Math.max(d.quoteEnd, requester.end),
          sentence: view.index,
          paragraph: view.paragraph,
          rule: 'support/at-request',
          cue: view.tokens
            .slice(p.first, p.last + 1)
            .map((t) => t.text)
            .join(' '),
          score: 0.65,
        });
      }
  }
  return out;
}
