import { type PartialDate, parsePartialDate } from '../../model/partial-date.ts';

/** Stored partial dates were validated on the way in; one that no longer parses is shown as absent. */
export function partialDate(value: string | null | undefined): PartialDate | null {
  if (!value) return null;
  const parsed = parsePartialDate(value);
  return typeof parsed === 'string' ? null : parsed;
}

export function aliases(names: string[], langs: string[]) {
  return names.map((name, i) => ({ name, lang: langs[i] ?? 'und' }));
}
