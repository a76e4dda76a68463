/**
 * A page's date as YYYY-MM-DD: "2024-03-05T10:00:00Z" and "2024-03-05" as written (the date the
 * page gives, not shifted to another time zone); other forms ("Tue, 05 Mar 2024 10:00:00 GMT",
 * "March 5, 2024") through Date, in UTC.
 */
export function isoDate(value: string | undefined): string | undefined {
	const text = value?.trim();
	if (!text) return undefined;
	const iso = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(text);
	if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
	const time = Date.parse(text);
	if (Number.isNaN(time)) return undefined;
	const date = new Date(time);
	// Date.parse reads a bare "March 5, 2024" as local midnight: take the local calendar date
	const local = !/(?:Z|GMT|UTC|[+-]\d{2}:?\d{2})$/i.test(text);
	const [year, month, day] = local ? [date.getFullYear(), date.getMonth() + 1, date.getDate()] : [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
	return year >= 1900 && year <= 2200 ? `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` : undefined;
}
