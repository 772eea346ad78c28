import { type PartialDate, partialDateOf } from '../../model/partial-date.ts';

/** Stored partial dates were validated on the way in; one that no longer parses is shown as absent. */
export function partialDate(value: string | null | undefined): PartialDate | null {
  return partialDateOf(value) ?? null;
}

export function aliases(names: string[], langs: string[]) {
  return names.map((name, i) => ({ name, lang: langs[i] ?? 'und' }));
}
