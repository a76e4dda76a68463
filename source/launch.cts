#!/usr/bin/env node
/*
 * The `whosaid` binary, CommonJS so that --json never starts Node's ES module loader (~5 ms).
 * It runs dist/main.js, the bundled cli, as the body of an async function compiled with vm.Script,
 * not as an ES module: on Node 20 that also starts it ~7 ms sooner. The reader (dist/reader.js, Ink
 * and React) is built and run the same way, loaded only when it is shown.
 *
 * Both come with a V8 code cache (main.js.cache, reader.js.cache) that the build writes after the
 * reader has drawn one frame (scripts/warm-code-cache.cjs). Without it, compiling the bundles, and then
 * each function as it is first called, was ~25 ms of the reader's first frame and ~7 ms of --json.
 * V8 uses a cache only if it fits this Node and this file (version, flags, source length); otherwise
 * the code is compiled as without one. dist/ is built as a whole, so a cache never outlives its file.
 */
import fs = require('node:fs');
import path = require('node:path');
import url = require('node:url');
import vm = require('node:vm');

type Body = (require: NodeJS.Require, meta: {url: string}, load: (specifier: string) => Promise<unknown>) => Promise<unknown>;

/** `file` as the body of an async function, strict as a module is, given what a module has: require, import.meta and import(). */
function compile(file: string): Body {
	let cachedData: Buffer | undefined;
	try {
		cachedData = fs.readFileSync(`${file}.cache`);
	} catch {}

	const source = `(async function (require, __whosaidImportMeta, __whosaidImport) {"use strict";const __whosaidRequire = require;${fs.readFileSync(file, 'utf8')}\n})`;
	return new vm.Script(source, {filename: file, cachedData}).runInThisContext() as Body;
}

const load = async (specifier: string): Promise<unknown> => {
	// main.js imports one module, the reader, which returns its exports
	if (specifier !== './reader.js') throw new Error(`whosaid: no module ${specifier}`);
	const readerPath = path.join(__dirname, 'reader.js');
	return compile(readerPath)(require, {url: url.pathToFileURL(readerPath).href}, load);
};

const mainPath = path.join(__dirname, 'main.js');
void compile(mainPath)(require, {url: url.pathToFileURL(mainPath).href}, load);
