// Preloaded with --require: on exit, writes to stderr the files under dist/ that the process read
// or required, one JSON line, so a test can tell which bundles a run loaded.
const fs = require('node:fs');
const path = require('node:path');

const dist = path.resolve(__dirname, '../../dist');
const read = new Set();
const {readFileSync, openSync} = fs;
fs.readFileSync = function (file, ...rest) {
	if (typeof file === 'string') read.add(path.resolve(file));
	return readFileSync.call(this, file, ...rest);
};

fs.openSync = function (file, ...rest) {
	if (typeof file === 'string') read.add(path.resolve(file));
	return openSync.call(this, file, ...rest);
};

process.on('exit', () => {
	const files = [...read, ...Object.keys(require.cache)].filter((file) => file.startsWith(dist + path.sep)).map((file) => path.relative(dist, file));
	fs.writeSync(2, `loaded: ${JSON.stringify([...new Set(files)].sort())}\n`);
});
