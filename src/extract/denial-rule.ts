import { cuesOf, type SentenceView, type Span } from './analysis.ts';
import { official } from './event-rules.ts';
import { actorRightBefore, ids, nearestBefore, subjectBefore } from './groups.ts';
import type { ArticleContext, RawClaim } from './raw-claim.ts';
import { DENIABLE_EVENTS, recentClaims, referenceAfter } from './recent-claims.ts';
import { demonymSpeaker } from './speaker-demonym.ts';

// A denial ("X a démenti", "…, which Khartoum denied", "rejected the accusations"): a DENIAL statement towards
// whoever accused the denier, and DENIED copies of the support the article said the denier gave or received.

// verbs of saying, folded: what follows one is something else said, not what is denied
const SAYING = new Set(
  'said says say added adds dit disent affirme affirment ajoute ajoutent assure assurent indique'.split(' '),
);

/** "X a démenti" / "X denied": a DENIAL statement towards whoever accused X, and DENIED copies of the support the article said X gave. */
export function denialClaims(view: SentenceView, clause: Span, ctx: ArticleContext): RawClaim[] {
  const denial = cuesOf(view, 'denial').find((d) => d.first >= clause.first && d.last <= clause.last);
  if (!denial) return [];
  // "…, which Khartoum denied", "ce que Paris a démenti": the actor right before the verb denies, not the clause's subject
  const right = actorRightBefore(view, clause, denial.first);
  const named = ids(
    right.length
      ? right
      : subjectBefore(view, clause, denial.first).length
        ? subjectBefore(view, clause, denial.first)
        : nearestBefore(view, clause, denial.first),
  );
  // "…, ce que le ministère chinois des Affaires étrangères a démenti": a government named by its demonym
  const deniers = named.length > 0 ? named : demonymSpeaker(view, clause, denial.first, ctx);
  const claims: RawClaim[] = [];
  const base = {
    polarity: 'ASSERTED' as const,
    certainty: 'REPORTED' as const,
    quoteStart: Math.min(denial.start, ...subjectBefore(view, clause, denial.first).map((m) => m.start)),
    quoteEnd: clause.end,
    sentence: view.index,
    paragraph: view.paragraph,
    cue: denial.value.cue,
  };
  for (const denier of deniers) {
    // a state answers for its armed forces and they for it: "Kenyan troops backed…; Kenya denied the claims",
    // "Dakar accuse des officiers de l'armée bissau-guinéenne…, ce que le gouvernement de Guinée-Bissau a démenti"
    const country = ctx.stateOf?.get(denier);
    const same = (id: string | undefined) =>
      id === denier || (country !== undefined && ctx.stateOf?.get(id ?? '') === country);
    const accusers = ctx.claims.filter((c) => c.statementType === 'ACCUSATION' && same(c.object)).map((c) => c.subject);
    // a denial answers an accusation: without one in the text, there is nobody to address it to
    // …once: a denial that names its accuser ("rejected Egypt's accusations") was read already (rejection-rule.ts)
    const told = (accuser: string) =>
      ctx.claims.some(
        (x) =>
          x.statementType === 'DENIAL' && x.sentence === view.index && x.subject === denier && x.object === accuser,
      );
    for (const accuser of new Set(accusers)) {
      if (!same(accuser) && !told(accuser))
        claims.push({
          ...base,
          kind: 'STATEMENT',
          statementType: 'DENIAL',
          subject: denier,
          object: accuser,
          ...(official(view, denier) ? { certainty: 'CONFIRMED' as const } : {}),
          rule: 'statement/denial',
          score: 0.7,
        });
    }
    // what the denier gave or received; when the text accused it of something, the denial answers that
    const involved = ctx.claims.filter(
      (c) => c.kind === 'SUPPORT' && (same(c.subject) || same(c.object)) && c.polarity === 'ASSERTED',
    );
    const accused = involved.filter((c) => c.viaAccusation);
    // "the reports", "ces informations": the denial refers to what was said, and that noun names no goods
    const reference = referenceAfter(view, denial.last);
    // "denied sending soldiers": only the soldiers are denied
    // …up to a verb of saying: "denied the accusation and said its troops were fighting" names no troops denied
    const saying = view.tokens.findIndex((t, i) => i > denial.last && SAYING.has(t.text));
    const named = new Set(
      cuesOf(view, 'materiel')
        // "nie tout soutien militaire": a general word for support names no type of its own
        .filter(
          (x) =>
            x.first > Math.max(denial.last, reference) && (saying < 0 || x.last < saying) && x.value.type !== 'OTHER',
        )
        .map((x) => x.value.type),
    );
    // "denied any role in the massacre" denies something else: only a bare denial ("Ankara a démenti."), one
    // that answers an accusation, refers to what was said ("ces accusations", "the reports") or names what was
    // given denies the support
    const referring =
      denial.last >= clause.last || reference >= 0 || /accusations?|allegations?/.test(denial.value.cue);
    const answers = referring || accused.length > 0 || accusers.length > 0 || named.size > 0;
    // "X accuse Y de…, ce que Y a démenti": the denial answers this sentence's accusation, not every support of Y
    const accusedHere = ctx.claims.some(
      (c) => c.statementType === 'ACCUSATION' && c.sentence === view.index && same(c.object),
    );
    const pool = accusedHere
      ? accused.filter((c) => c.sentence === view.index)
      : accused.length > 0
        ? accused
        : named.size > 0
          ? involved
          : recentClaims(involved, view.index, () => true);
    const supports = answers ? pool.filter((c) => named.size === 0 || named.has(c.supportType ?? 'OTHER')) : [];
    // "Burundian troops attacked the M23 near Uvira, local sources said. Bujumbura denied the reports."
    const events =
      referring && accused.length === 0 && named.size === 0
        ? recentClaims(ctx.claims, view.index, (c) => DENIABLE_EVENTS.has(c.kind) && same(c.subject))
        : [];
    const denied = [...supports, ...events];
    const seen = new Set<string>();
    for (const c of denied) {
      const key = `${c.kind}|${c.subject}|${c.object}|${c.location}|${c.supportType}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const {
        materiel: _m,
        hedge: _h,
        alternativeGroup: _a,
        distinct: _d,
        viaAccusation: _v,
        sources: _s,
        ...rest
      } = c;
      const rule = `${c.kind.toLowerCase()}/denied-by-subject`;
      claims.push({ ...rest, ...base, polarity: 'DENIED', rule, score: 0.65 });
    }
  }
  return claims;
}
