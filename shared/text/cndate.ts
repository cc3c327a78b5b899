/** Dates written out as a Chinese document prints them (GB/T 9704 §7.3.5.4). Environment-free, no imports. */

/** '2016-07-18' → '2016年7月18日'; null/invalid → null. */
export function cnDate(iso: string | null | undefined): string | null {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  return m ? `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日` : null;
}

/** A 成文日期 of a year and a month only ("2021-03", a 纲要's cover date) as printed: "2021年3月"; null for any other. */
export function cnMonth(iso: string | null | undefined): string | null {
  const m = iso ? /^(\d{4})-(\d{2})$/.exec(iso.trim()) : null;
  return m ? `${Number(m[1])}年${Number(m[2])}月` : null;
}
