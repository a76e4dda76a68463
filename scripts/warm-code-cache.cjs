// Preloaded by the build (node --require this dist/cli.cjs ARTICLE): the reader draws its first frame
// in a pretend 80×24 terminal, then V8's code caches of main.js and reader.js are written beside them
// (main.js.cache, reader.js.cache), holding what starting the cli, analysing the article, loading the
// reader and drawing that frame compiled; and the process ends. See source/launch.cts.
const fs = require('node:fs');
const path = require('node:path');
const process = require('node:process');
const vm = require('node:vm');

// A terminal to the reader (and to chalk, which decides on colour when it loads)
Object.assign(process.stdout, {isTTY: true, columns: 80, rows: 24});
Object.assign(process.stdin, {isTTY: true, isRaw: false, setRawMode: () => process.stdin});

const scripts = new Map();
const Script = vm.Script;
vm.Script = class extends Script {
	constructor(source, options) {
		super(source, options);
		scripts.set(options.filename, this);
	}
};

const write = process.stdout.write.bind(process.stdout);
process.stdout.write = (chunk, ...rest) => {
	// The first frame is the reader's first write of more than a control sequence
	if (String(chunk).length > 100 && [...scripts.keys()].some((file) => path.basename(file) === 'reader.js')) {
		for (const [file, script] of scripts) fs.writeFileSync(`${file}.cache`, script.createCachedData());
		process.exit(0);
	}

	return write(chunk, ...rest);
};
