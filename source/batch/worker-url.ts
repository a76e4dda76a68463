/**
 * The batch worker's script, built beside the cli's bundle (scripts/build.js: dist/worker.mjs). In
 * the bundle, import.meta is the bundle's own, so this resolves in dist/ whatever the binary's name.
 */
export const workerUrl = (): URL => new URL('worker.mjs', import.meta.url);
