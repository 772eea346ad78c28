import type { Mention, SentenceView, Span } from './analysis.ts';
import { subjectBefore } from './groups.ts';
import type { ArticleContext } from './raw-claim.ts';

// Reported speech: "Le Burundi a confirmé qu'il avait envoyé des soldats…", "Uganda said that it had deployed
// troops…", "Kigali affirme qu'elle n'a livré aucune arme": the clause after "que"/"that" opens with a subject
// pronoun, and the speaker of the clause before (a verb of saying there) is who the pronoun names.

const PRONOUNS = new Set(['il', 'elle', 'ils', 'elles', 'it', 'they', 'he', 'she']);
const THAT = new Set(['que', 'qu', 'that']);
const SAYING_MORE = new Set([
  'confirmé',
  'confirme',
  'confirmed',
  'confirms',
  'reconnu',
  'reconnaît',
  'admitted',
  'admits',
  'acknowledged',
  'acknowledges',
  'insisted',
  'insists',
  'maintains',
  'maintient',
  'soutient',
  'a',
  'ont',
]);

export function reportedSubject(view: SentenceView, clause: Span, ctx: ArticleContext): Mention[] {
  if (!THAT.has(view.tokens[clause.first - 1]?.text ?? '') || !PRONOUNS.has(view.tokens[clause.first]?.text ?? ''))
    return [];
  const previous = view.clauses.filter((c) => c.last < clause.first).at(-1);
  if (!previous) return [];
  const saying = ctx.constructions?.sayingVerbs;
  // "Khartoum denied that it had armed…": a denial is said too (the claim is then denied, denial-frames.ts)
  const said =
    view.tokens
      .slice(previous.first, previous.last + 1)
      .some((t) => saying?.has(t.text) || (SAYING_MORE.has(t.text) && t.text.length > 3)) ||
    (view.cues.get('denial') ?? []).some((d) => d.first >= previous.first && d.last <= previous.last);
  return said ? subjectBefore(view, previous, previous.last + 1) : [];
}
