// Dataset dates are ISO and may be partial ("2016", "2018-03"). Formatted by hand rather than with
// Date/Intl so a reader west of UTC never sees "15 Feb" for a "2018-02-16" document.
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function formatDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  const monthName = month === undefined ? undefined : MONTHS[Number(month) - 1];
  if (!year || !monthName) return iso;
  if (day === undefined) return `${monthName} ${year}`;
  return `${Number(day)} ${monthName} ${year}`;
}
