import type { SupportType } from '../model/vocabulary.ts';
import { cuesOf, type Mention, type SentenceView } from './analysis.ts';
import type { RawClaim } from './raw-claim.ts';

/** Words that name support itself, not goods: "received support from", "apporte un soutien (logistique) à". */
export const SUPPORT_WORDS = new Set('support backing help assistance aid soutien appui aide'.split(' '));

// What a support sentence gave, item by item: coordinated items of the object ("un avion-cargo et peut-être
// aussi un avion de chasse"), with "ou au moins" alternatives, where an item's materiel stops, and the merging of
// items of one type.

export interface Item {
  first: number;
  last: number;
  alternative?: string;
}

const SPLITTERS = new Set(['et', 'and', 'ou', 'or']);

export function splitItems(view: SentenceView, text: string, first: number, last: number): Item[] {
  const items: Item[] = [];
  const alternatives = cuesOf(view, 'alternative');
  let start = first;
  let pendingAlt: string | undefined;
  for (let i = first; i <= last + 1; i++) {
    const tok = view.tokens[i];
    const prev = view.tokens[i - 1];
    const comma = tok && prev && i > first && text.slice(prev.end, tok.start).includes(',');
    const word = tok && SPLITTERS.has(tok.text);
    if (i > last || word || comma) {
      if (i - 1 >= start) items.push({ first: start, last: i - 1, ...(pendingAlt ? { alternative: pendingAlt } : {}) });
      const alt = alternatives.find((a) => a.first === i || (comma && a.first === i));
      pendingAlt = alt?.value.cue;
      if (alt) {
        const before = items.at(-1);
        if (before && !before.alternative) before.alternative = alt.value.cue;
        start = alt.last + 1;
        i = alt.last;
      } else start = word ? i + 1 : i;
    }
  }
  return items;
}

export function stopAfter(view: SentenceView, from: number, last: number): number {
  const stop = cuesOf(view, 'stop').find((s) => s.first > from && s.first <= last);
  return stop ? stop.first - 1 : last;
}

export function kindType(agents: Mention[]): SupportType {
  return agents.every((m) => m.refs.every((r) => r.kind === 'PRIVATE_MILITARY_COMPANY')) ? 'MERCENARIES' : 'OTHER';
}

export interface Found {
  type: SupportType;
  materiel?: string;
  start: number;
  end: number;
  certainty?: RawClaim['certainty'];
  hedge?: string;
  alt?: string;
}

/** "artillery shells and ballistic missiles": one MUNITIONS claim; items of a type stay apart only when their certainty differs. */
export function mergeSameType(found: Found[]): void {
  for (let i = 0; i < found.length; i++) {
    const a = found[i];
    if (!a) continue;
    for (let j = found.length - 1; j > i; j--) {
      const b = found[j];
      if (!b || b.type !== a.type || b.certainty !== a.certainty || b.alt !== a.alt) continue;
      if (b.materiel && a.materiel !== b.materiel)
        a.materiel = a.materiel ? `${a.materiel}, ${b.materiel}` : b.materiel;
      a.start = Math.min(a.start, b.start);
      a.end = Math.max(a.end, b.end);
      found.splice(j, 1);
    }
  }
}
