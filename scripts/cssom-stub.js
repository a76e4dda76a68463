// linkedom parses a <style> element's CSS (with cssomnom, ~340 KB) only when its `sheet` is read;
// whosaid never reads it, so dist/web.cjs carries this instead (scripts/build.js). Loud, if that changes.
export function parse() {
	throw new Error('whosaid: CSS style sheets are not parsed');
}
