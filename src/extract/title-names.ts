import type { ActorKind } from '../model/vocabulary.ts';
import type { Token } from './fold.ts';
import type { Lexicon } from './lexicon.ts';
import { lexiconSets, upperAt } from './org-names.ts';

// English names of armed groups are written in title case and may hold function words and a country's name:
// "Democratic Forces for the Liberation of Rwanda", "Myanmar National Democratic Alliance Army", "Sudan Liberation
// Movement". A run of capitalised words (function words inside it) that holds an organisation word is one name,
// not a country and a fragment ("Democratic Forces" + Rwanda). French capitalises only the first word of such a
// name, so French names are read from their acronym instead (org-proposals.ts).

const INSIDE = new Set(['of', 'for', 'the', 'and', 'de', 'du', 'des', 'la', 'pour', 'et']);
const AFTER_THE = new Set(['of', 'for']);
const OF = new Set(['of', 'de', 'du', 'des']);
const PARTICLE = /^(?:al|el|ad|ash|as|an|ar|at|az|ul|bin|ibn)-\p{Lu}/u;
const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'le',
  'la',
  'les',
  'l',
  'un',
  'une',
  'des',
  'its',
  'their',
  'his',
  'her',
]);

export interface TitleName {
  first: number;
  last: number;
  name: string;
  kind: ActorKind;
  /** the run fills a line written in title case: no name, and no name is to be read inside it either */
  headline: boolean;
}

/** Title-case names holding an organisation word, in token order (a line written wholly in title case is marked a headline). */
export function titleCaseNames(text: string, tokens: readonly Token[], lexicon: Lexicon): TitleName[] {
  const { heads, kinds } = lexiconSets(lexicon);
  const capital = (i: number) =>
    upperAt(text, tokens[i]?.start ?? text.length) && !DETERMINERS.has(tokens[i]?.text ?? '');
  // words on one line with nothing but spaces between them
  const joined = (i: number) => /^[ \u00a0'’-]*$/.test(text.slice(tokens[i - 1]?.end ?? 0, tokens[i]?.start ?? 0));
  const out: TitleName[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!capital(i)) continue;
    let last = i;
    let k = i + 1;
    while (k < tokens.length && k - i < 10 && joined(k)) {
      const w = tokens[k]?.text ?? '';
      const prev = tokens[k - 1]?.text ?? '';
      if (capital(k) || (PARTICLE.test(text.slice(tokens[k]?.start ?? 0, tokens[k]?.end ?? 0)) && k > i)) last = k;
      // "New People's Army": a possessive inside a name (not after its first word: "Iran's Revolutionary Guards")
      else if (w === 's' && k - 1 > i && /['’]/.test(text.charAt((tokens[k]?.start ?? 1) - 1)) && capital(k + 1)) {
        k++;
        continue;
      }
      // "Justice and Equality Movement" but not "the X Army and the Y Army"; "Forces for the Liberation"
      else if (
        !INSIDE.has(w) ||
        (w === 'the' && !AFTER_THE.has(prev)) ||
        ((w === 'and' || w === 'et') && !capital(k + 1))
      )
        break;
      k++;
    }
    // "Fighters of the Kataib Hezbollah": a sentence's first word, a head before "of", is not part of the name
    let start = i;
    if (heads.has(tokens[i]?.text ?? '') && OF.has(tokens[i + 1]?.text ?? '')) {
      start = i + 1;
      while (start <= last && INSIDE.has(tokens[start]?.text ?? '')) start++;
    }
    if (start > last) {
      i = last;
      continue;
    }
    const words = tokens.slice(start, last + 1).map((t) => t.text);
    const capitals = tokens.slice(start, last + 1).filter((_, n) => capital(start + n)).length;
    const found = start;
    i = last;
    // "Dawlah Islamiyah, a pro-Islamic State group", "Hamas, the Palestinian militant group": an apposition says
    // what a name is, even a one-word name
    // (read only where a comma follows the run: most runs are a sentence's first word)
    const comma = text.charCodeAt(tokens[last]?.end ?? 0) === 0x2c;
    const described = comma ? apposition(text, tokens[last] as Token, heads) : undefined;
    if (capitals < (described ? 1 : 2)) continue;
    // the run's own head decides ("…Alliance Army" is an army), else any organisation word in it, else a head
    // right after it ("the Viv Ansanm coalition"), else an apposition
    const after = tokens[last + 1];
    const headAfter = after && !capital(last + 1) && joined(last + 1) ? heads.get(after.text) : undefined;
    const kind =
      heads.get(words[words.length - 1] ?? '') ??
      words.map((w) => kinds.get(w) ?? heads.get(w)).find(Boolean) ??
      headAfter ??
      described;
    if (!kind || kind === 'STATE_ARMED_FORCE') continue;
    const name = text.slice(tokens[found]?.start ?? 0, tokens[last]?.end ?? 0);
    out.push({
      first: found,
      last,
      name,
      kind,
      headline: headline(text, tokens[found] as Token, tokens[last] as Token),
    });
  }
  return out;
}

/** The run fills its line from its start (a headline, where every word has a capital) to near its end. */
function headline(text: string, first: Token, last: Token): boolean {
  const lineStart = text.lastIndexOf('\n', first.start) + 1;
  const lineEnd = text.indexOf('\n', last.end);
  const before = text.slice(lineStart, first.start).trim();
  const after = text.slice(last.end, lineEnd < 0 ? text.length : lineEnd).trim();
  return (before === '' || /^the$/i.test(before)) && after.length < 3;
}

// "…, a little-known outfit", "…, the Palestinian militant group", "…, un groupe armé": up to four describing words
// (no function word: "a town held by the group" describes a town) before a group noun
const APPOSITION =
  /^,\s+(?:a|an|the|un|une|le|la)\s+((?:[\p{L}'’-]+\s+){0,4}?)(group|militia|movement|faction|outfit|coalition|alliance|groupe|milice|mouvement|coalition)\b/iu;
const NOT_DESCRIBING = new Set([
  'of',
  'by',
  'for',
  'in',
  'with',
  'from',
  'to',
  'de',
  'du',
  'des',
  'par',
  'pour',
  'avec',
  'that',
  'which',
  'qui',
  'que',
]);

function apposition(text: string, last: Token, heads: Map<string, ActorKind>): ActorKind | undefined {
  const m = APPOSITION.exec(text.slice(last.end, last.end + 80));
  if (!m) return undefined;
  const between = (m[1] ?? '').trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (between.some((w) => NOT_DESCRIBING.has(w))) return undefined;
  const noun = (m[2] ?? '').toLowerCase();
  return heads.get(noun) ?? (noun === 'outfit' ? 'NON_STATE_ARMED_GROUP' : undefined);
}
