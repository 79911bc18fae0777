// Numbers, durations and dates in the panel's language, through Intl ("1,5 s" in Dutch).
import { i18n } from './index'

/** The current panel locale (reactive: a computed or template that calls a formatter follows changes). */
function locale(): string {
  return i18n.global.locale.value
}

const cache = new Map<string, Intl.NumberFormat>()
function numberFormat(key: string, make: () => Intl.NumberFormat): Intl.NumberFormat {
  let found = cache.get(key)
  if (!found) {
    found = make()
    cache.set(key, found)
  }
  return found
}

/** A number with exactly `digits` fraction digits (no grouping surprises for small values). */
export function formatNumber(value: number, digits = 0): string {
  const loc = locale()
  return numberFormat(`n|${loc}|${digits}`, () =>
    new Intl.NumberFormat(loc, { minimumFractionDigits: digits, maximumFractionDigits: digits })
  ).format(value)
}

/**
 * Seconds with a unit, e.g. formatSeconds(1.5, 1) is "1.5 s" in English, "1,5 s" in Dutch, "1.5 秒" in
 * Japanese: the number through Intl, the unit from the messages (Intl's own short units say "sec").
 */
export function formatSeconds(seconds: number, digits = 1): string {
  return i18n.global.t('units.seconds', { n: formatNumber(seconds, digits) })
}

/** Whole minutes with a unit ("3 min"). */
export function formatMinutes(minutes: number): string {
  return i18n.global.t('units.minutes', { n: formatNumber(minutes, 0) })
}

function toDate(value: string | number | Date): Date | null {
  const d = value instanceof Date ? value : new Date(value)
  return Number.isNaN(d.getTime()) ? null : d
}

/** Date and time, medium date and short time ('' for an unreadable date). */
export function formatDateTime(value: string | number | Date): string {
  const d = toDate(value)
  return d ? d.toLocaleString(locale(), { dateStyle: 'medium', timeStyle: 'short' }) : ''
}

/** The date alone ('' for an unreadable date). */
export function formatDate(value: string | number | Date): string {
  const d = toDate(value)
  return d ? d.toLocaleDateString(locale(), { dateStyle: 'medium' }) : ''
}
