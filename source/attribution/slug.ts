/** ASCII words one space apart, as most names are: nothing to normalise or trim. */
const plainName = /^[a-z\d]+(?: [a-z\d]+)*$/i;

/** "Chen Wenqing" → "chen-wenqing": ASCII, lower case, hyphens between words. */
export function slug(name: string): string {
	// Every speaker gets one: the patterns below cost several times more, for the same result
	if (plainName.test(name)) return name.toLowerCase().replaceAll(' ', '-');
	return name
		.normalize('NFKD')
		.replaceAll(/[\u0300-\u036F]/g, '')
		.toLowerCase()
		.replaceAll(/[^a-z\d]+/g, '-')
		.replaceAll(/^-+|-+$/g, '');
}
