/** "Chen Wenqing" → "chen-wenqing": ASCII, lower case, hyphens between words. */
export function slug(name: string): string {
	return name
		.normalize('NFKD')
		.replaceAll(/[\u0300-\u036F]/g, '')
		.toLowerCase()
		.replaceAll(/[^a-z\d]+/g, '-')
		.replaceAll(/^-+|-+$/g, '');
}
