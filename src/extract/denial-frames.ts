import type { SentenceView } from './analysis.ts';
import { phraseKey, type Token } from './fold.ts';
import type { Lexicon } from './lexicon.ts';
import type { RawClaim } from './raw-claim.ts';

// A sentence can deny what it reports: "Ugandan officials denied reports that Uganda supplied arms to the M23",
// "Il est faux que le Rwanda ait livré des drones", "Reports that Turkey supplied drones to the army are untrue".
// The support (or fight, or capture) told inside such a frame is DENIED, never asserted: a rule reading the
// clause alone would count it as support. Frames are data (data/lexicon/denial-frames.json).

interface Frames {
  verbs: string[][];
  skippable: Set<string>;
  complements: string[][];
  falseBefore: string[][];
  reportNouns: string[][];
  copulas: Set<string>;
  falseAfter: string[][];
  unprovenBefore: string[][];
  doubtBefore: string[][];
  /** the first words of every phrase that opens a frame: a sentence without one has no frame */
  openers: Set<string>;
}

interface Span {
  start: number;
  end: number;
}

const compiled = new WeakMap<Lexicon, Frames>();
const phrases = (list: string[]) => list.map((p) => phraseKey(p).split(' '));

function framesOf(lexicon: Lexicon): Frames {
  let frames = compiled.get(lexicon);
  if (!frames) {
    const d = lexicon['denial-frames'];
    frames = {
      verbs: phrases(d.verbs),
      skippable: new Set(d.skippable.map(phraseKey)),
      complements: phrases(d.complements),
      falseBefore: phrases(d.falseBefore),
      reportNouns: phrases(d.reportNouns),
      copulas: new Set(d.copulas.map(phraseKey)),
      falseAfter: phrases(d.falseAfter),
      unprovenBefore: phrases(d.unprovenBefore),
      doubtBefore: phrases(d.doubtBefore),
      openers: new Set(
        [...d.verbs, ...d.falseBefore, ...d.reportNouns, ...d.unprovenBefore, ...d.doubtBefore].map(
          (p) => phraseKey(p).split(' ')[0] ?? '',
        ),
      ),
    };
    compiled.set(lexicon, frames);
  }
  return frames;
}

/** The length of the first phrase that starts at token i, or 0. */
function matchAt(tokens: Token[], i: number, list: string[][]): number {
  for (const words of list) if (words.every((w, k) => tokens[i + k]?.text === w)) return words.length;
  return 0;
}

/** "denied [the reports] that …": where the denied complement starts, or undefined. */
function afterDenialVerb(view: SentenceView, i: number, f: Frames): number | undefined {
  const verb = matchAt(view.tokens, i, f.verbs);
  if (verb === 0) return undefined;
  let j = i + verb;
  for (let skipped = 0; skipped < 3 && f.skippable.has(view.tokens[j]?.text ?? ''); skipped++) {
    // "denied the accusations, saying that …" answers with a claim of its own
    if (view.commaAfter.has(j - 1)) return undefined;
    j++;
  }
  if (view.commaAfter.has(j - 1)) return undefined;
  const complement = matchAt(view.tokens, j, f.complements);
  // the frame starts at its complement: "nie avoir livré" has "avoir livré" for its claim verb
  if (complement > 0) return view.tokens[j]?.start;
  // "denied supplying weapons", "denies arming the rebels": a claim verb right after the denial is what is denied
  const claimVerb = view.cues.get('claim')?.find((c) => c.first === j);
  return claimVerb ? view.tokens[j - 1]?.end : undefined;
}

/** "reports that … are untrue": the span between the report noun and its false predicate. */
function reportCalledFalse(view: SentenceView, i: number, f: Frames): Span | undefined {
  const noun = matchAt(view.tokens, i, f.reportNouns);
  if (noun === 0) return undefined;
  for (let k = i + noun; k < view.tokens.length; k++) {
    if (!f.copulas.has(view.tokens[k]?.text ?? '')) continue;
    if (matchAt(view.tokens, k + 1, f.falseAfter) > 0)
      return { start: view.tokens[i + noun - 1]!.end, end: view.tokens[k]!.start };
  }
  return undefined;
}

type Doubt = Span & { cue: number };

/** A sentence's frames (absolute offsets): what it denies, what it says it has no evidence for, what it doubts. */
interface SentenceFrames {
  denied: Span[];
  unproven: Span[];
  doubt: Doubt[];
}

const framesIn = new WeakMap<SentenceView, SentenceFrames>();

/** The frames of a sentence, read once per sentence in one pass over its words. */
function sentenceFrames(view: SentenceView, lexicon: Lexicon): SentenceFrames {
  let found = framesIn.get(view);
  if (!found) {
    found = findFrames(view, lexicon);
    framesIn.set(view, found);
  }
  return found;
}

/** The parts of a sentence (absolute offsets) whose claims are denied. */
export function deniedSpans(view: SentenceView, lexicon: Lexicon): Span[] {
  return sentenceFrames(view, lexicon).denied;
}

function findFrames(view: SentenceView, lexicon: Lexicon): SentenceFrames {
  const f = framesOf(lexicon);
  const found: SentenceFrames = { denied: [], unproven: [], doubt: [] };
  const after = (i: number, words: number) => view.tokens[i + words - 1]!.end;
  for (let i = 0; i < view.tokens.length; i++) {
    if (!f.openers.has(view.tokens[i]?.text ?? '')) continue;
    const complement = afterDenialVerb(view, i, f);
    if (complement !== undefined) found.denied.push({ start: complement, end: view.end });
    const falseBefore = matchAt(view.tokens, i, f.falseBefore);
    if (falseBefore > 0) found.denied.push({ start: after(i, falseBefore), end: view.end });
    const reported = reportCalledFalse(view, i, f);
    if (reported) found.denied.push(reported);
    const unproven = matchAt(view.tokens, i, f.unprovenBefore);
    if (unproven > 0) found.unproven.push({ start: after(i, unproven), end: view.end });
    const doubt = matchAt(view.tokens, i, f.doubtBefore);
    if (doubt > 0) found.doubt.push({ start: after(i, doubt), end: view.end, cue: view.tokens[i]!.start });
  }
  return found;
}

/** Whether a claim's quote lies inside a frame's span. */
const holds = (s: Span, c: RawClaim) => c.quoteStart >= s.start && c.quoteEnd <= s.end;

/**
 * A claim verb inside a denial frame ("Sudan denied supplying…", "Khartoum nie avoir livré…", "denied that it had
 * armed…"): read as a claim of its own, then DENIED; the denier is its subject when the frame names no other.
 */
export function insideDenialFrame(view: SentenceView, lexicon: Lexicon, at: number): boolean {
  return deniedSpans(view, lexicon).some((s) => at >= s.start && at <= s.end);
}

/** Claims of this sentence whose quote lies inside a denial frame become DENIED. */
export function denyInFrames(claims: RawClaim[], view: SentenceView, lexicon: Lexicon): void {
  if (claims.length === 0) return;
  const spans = deniedSpans(view, lexicon);
  for (const c of claims) if (c.polarity === 'ASSERTED' && spans.some((s) => holds(s, c))) c.polarity = 'DENIED';
}

/**
 * "There is no evidence that Iran supplied…", "Rien ne prouve que…": the claim is not told, so none is made.
 * "It is unclear whether…", "Il n'est pas exclu que…": it is only POSSIBLE.
 */
export function weighInFrames(claims: RawClaim[], view: SentenceView, text: string, lexicon: Lexicon): RawClaim[] {
  if (claims.length === 0) return claims;
  const { unproven, doubt } = sentenceFrames(view, lexicon);
  if (unproven.length === 0 && doubt.length === 0) return claims;
  for (const c of claims) {
    const d = doubt.find((s) => holds(s, c));
    if (!d || c.certainty === 'ALTERNATIVE' || c.certainty === 'POSSIBLE') continue;
    // the quote holds the words that make it possible
    c.certainty = 'POSSIBLE';
    c.hedge = text.slice(d.cue, d.start);
    c.quoteStart = d.cue;
  }
  return claims.filter((c) => !unproven.some((s) => holds(s, c)));
}
