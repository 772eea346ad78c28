import { z } from 'zod';

export const DATE_PRECISIONS = ['YEAR', 'MONTH', 'DAY'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** A date known to a year, a month or a day, with the first and last day it can stand for. */
export interface PartialDate {
  value: string;
  precision: DatePrecision;
  start: string;
  end: string;
}

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Echoes the caller's value in errors, cut short: an error message is no place for a megabyte of input. */
const shown = (value: string) => JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);

export type PartialDateResult = { ok: true; date: PartialDate } | { ok: false; error: string };

/** A partial date, or why the value is not one (the message names the value and what was expected). */
export function parsePartialDate(value: string): PartialDateResult {
  const date = parse(value);
  return typeof date === 'string' ? { ok: false, error: date } : { ok: true, date };
}

/** The partial date a value stands for, or undefined when absent or invalid (for values validated earlier). */
export function partialDateOf(value: string | null | undefined): PartialDate | undefined {
  if (value === undefined || value === null) return undefined;
  const parsed = parsePartialDate(value);
  return parsed.ok ? parsed.date : undefined;
}

function parse(value: string): PartialDate | string {
  const match = PATTERN.exec(value);
  if (!match) return `invalid date ${shown(value)}: expected YYYY, YYYY-MM or YYYY-MM-DD`;
  const year = Number(match[1]);
  if (year < 1900 || year > 2100) return `invalid date ${shown(value)}: year out of range 1900–2100`;
  if (match[2] === undefined) return { value, precision: 'YEAR', start: `${year}-01-01`, end: `${year}-12-31` };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return `invalid date ${shown(value)}: month ${match[2]} does not exist`;
  const last = daysInMonth(year, month);
  if (match[3] === undefined) {
    return { value, precision: 'MONTH', start: `${year}-${pad(month)}-01`, end: `${year}-${pad(month)}-${pad(last)}` };
  }
  const day = Number(match[3]);
  if (day < 1 || day > last)
    return `invalid date ${shown(value)}: day ${match[3]} does not exist in ${year}-${pad(month)}`;
  return { value, precision: 'DAY', start: value, end: value };
}

/** A zod string that must be a valid partial date; the parsed form is computed where it is stored. */
export const partialDateString = z.string().superRefine((value, ctx) => {
  const parsed = parsePartialDate(value);
  if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.error });
});

/** A timestamp: a partial date, or an ISO date-time with an optional offset. */
export const timestampString = z.string().superRefine((value, ctx) => {
  const [datePart, timePart] = value.split('T');
  const parsed = parsePartialDate(datePart ?? '');
  if (!parsed.ok) {
    ctx.addIssue({ code: 'custom', message: parsed.error });
    return;
  }
  if (timePart !== undefined && !/^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/.test(timePart)) {
    ctx.addIssue({ code: 'custom', message: `invalid time "${timePart}": expected HH:MM[:SS][Z|±HH:MM]` });
  }
});
