// The hooks of loaded-files.mjs; they run on the loader's own thread and write straight to stderr.
import fs from 'node:fs';
import {fileURLToPath} from 'node:url';

let dist = '';

export function initialize(data) {
	dist = data.dist;
}

export async function load(url, context, next) {
	if (url.startsWith(dist)) fs.writeSync(2, `loaded: ${fileURLToPath(url).slice(fileURLToPath(dist).length)}\n`);
	return next(url, context);
}
