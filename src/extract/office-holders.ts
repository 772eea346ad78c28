import type { ActorRef } from './actor-index.ts';
import type { Token } from './fold.ts';
import { upperAt } from './org-names.ts';
import type { PhraseIndex, PhraseMatch } from './phrase-index.ts';
import { writtenForm } from './written-form.ts';

const NO_WORDS = new Set<string>();

// A person named with the office they hold for a state acts for that state, as annotators code it ("le président
// sénégalais Bassirou Diomaye Faye a félicité…" is Senegal): the name written after "<state> president",
// "Prime Minister of <state>", "<state>'s foreign minister" names that state for the rest of the text, in full
// and by surname ("Faye a ajouté…").

const OFFICES = new Set([
  'president',
  'presidente',
  'minister',
  'ministre',
  'leader',
  'dirigeant',
  'chief',
  'chef',
  'secretary',
  'secretaire',
]);
// "President Kiir's forces", "le président Tshisekedi, qui…": a name is capitalised words, two to four
const TITLES = new Set([
  'general',
  'gen',
  'marshal',
  'marechal',
  'colonel',
  'col',
  'capitaine',
  'captain',
  'dr',
  'm',
  'mr',
  'mrs',
  'ms',
  'mme',
]);

/** Adds, for each state office written before a person's name, that name and surname as names of the state. */
export function officeHolders(
  text: string,
  tokens: readonly Token[],
  actors: PhraseIndex<ActorRef>,
  add: (name: string, ref: ActorRef) => void,
): void {
  for (const m of officeMatches(tokens, actors)) {
    const ref = m.value;
    // "Niger's leader, General Abdourahamane Tiani": a title after a comma opens the name too
    let k = m.last + 1;
    if (
      text.slice(tokens[m.last]?.end ?? 0, tokens[k]?.start ?? 0).trim() === ',' &&
      !TITLES.has(tokens[k]?.text ?? '')
    )
      continue;
    while (TITLES.has(tokens[k]?.text ?? '') && upperAt(text, tokens[k]?.start ?? 0)) k++;
    const first = k;
    while (k < tokens.length && k - first < 4 && upperAt(text, tokens[k]?.start ?? 0) && joined(text, tokens, k)) k++;
    if (k - first < 2) continue;
    const name = text.slice(tokens[first]?.start ?? 0, tokens[k - 1]?.end ?? 0);
    const surname = text.slice(tokens[k - 1]?.start ?? 0, tokens[k - 1]?.end ?? 0);
    // written with its capitals: "Kais Saied" is not every "said"
    for (const n of surname.length >= 4 ? [name, surname] : [name]) {
      const form = writtenForm(n, true, NO_WORDS);
      add(n, { ...ref, cue: 'office holder', ...(form ? { form } : {}) });
    }
  }
}

/** Token k follows the one before it with only a space or a hyphen between (a name does not run over a comma). */
function joined(text: string, tokens: readonly Token[], k: number): boolean {
  if (k === 0) return true;
  return /^(?:[ \u00a0-]|, )?$/.test(text.slice(tokens[k - 1]?.end ?? 0, tokens[k]?.start ?? 0));
}

/**
 * The state mentions holding an office word ("président sénégalais", "Kenyan President"), found by scanning only the
 * few words around each office word rather than the whole text a second time.
 */
function officeMatches(tokens: readonly Token[], actors: PhraseIndex<ActorRef>): PhraseMatch<ActorRef>[] {
  const out: PhraseMatch<ActorRef>[] = [];
  let done = -1;
  for (let i = 0; i < tokens.length; i++) {
    if (!OFFICES.has(tokens[i]?.text ?? '')) continue;
    const from = Math.max(done + 1, i - 4);
    const window = tokens.slice(from, i + 4);
    for (const m of actors.scanAll(window)) {
      const first = m.first + from;
      const last = m.last + from;
      if (m.value.kind === 'STATE' && first <= i && last >= i) out.push({ ...m, first, last });
    }
    done = i;
  }
  return out;
}
