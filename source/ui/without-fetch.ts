/**
 * Ink's layout engine, Yoga, is WebAssembly that the bundle carries as a data: URL, and its loader
 * reads it with `fetch` when there is one. On Node 20 the first touch of `fetch` loads undici, which
 * then decodes the URL in JavaScript: ~14 ms of every start of the reader. Without `fetch` the
 * loader decodes it itself. This module is imported before Ink (modules run in import order), so
 * `fetch` is away while Ink loads; `restoreFetch` puts it back, untouched, once Ink has loaded.
 */
const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'fetch');
const hidden = descriptor?.configurable === true;
if (hidden) Reflect.deleteProperty(globalThis, 'fetch');

export function restoreFetch(): void {
	if (hidden && !Object.hasOwn(globalThis, 'fetch')) Object.defineProperty(globalThis, 'fetch', descriptor);
}
