const ISO_DATE = /^\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?)?)?$/;

/** Checks an ISO 8601 date or date-time (2024, 2024-10, 2024-10-18, 2024-10-18T09:30+02:00). */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const [y, m, d] = value.slice(0, 10).split('-').map(Number);
  if (m !== undefined && (m < 1 || m > 12)) return false;
  if (d !== undefined && y !== undefined && m !== undefined) {
    const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
    if (d < 1 || d > days) return false;
  }
  return true;
}
