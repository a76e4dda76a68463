#!/usr/bin/env node
/*
 * The `whosaid` binary. It runs dist/main.js, the bundled cli, through a V8 code cache: compiling
 * the bundle was a third of start-up, and Node 20 caches no ES module (module.enableCompileCache()
 * came in Node 22.1). The cache is per user (~/.cache/whosaid, private), named after the Node
 * version and the bundle's size and mtime; V8 checks it again, and any problem means a plain compile.
 * Built-ins come through require(): an ESM import of one builds a facade over all its exports.
 */
import {createRequire} from 'node:module';

const require = createRequire(import.meta.url);
const fs = require('node:fs') as typeof import('node:fs');
const vm = require('node:vm') as typeof import('node:vm');
const {fileURLToPath} = require('node:url') as typeof import('node:url');

const mainUrl = new URL('main.js', import.meta.url);
const mainPath = fileURLToPath(mainUrl);

function cacheDirectory(): string | undefined {
	const {XDG_CACHE_HOME: cache, HOME: home} = process.env;
	return cache ? `${cache}/whosaid` : home ? `${home}/.cache/whosaid` : undefined;
}

function cacheFile(directory: string | undefined): string | undefined {
	try {
		const {size, mtimeMs} = fs.statSync(mainPath);
		return directory && `${directory}/main-${process.version}-${size}-${Math.round(mtimeMs)}.cache`;
	} catch {
		return undefined;
	}
}

function readCache(file: string | undefined): Buffer | undefined {
	try {
		return file ? fs.readFileSync(file) : undefined;
	} catch {
		return undefined;
	}
}

/** At exit, so that the cache holds every function this run compiled; older caches go. */
function writeCache(directory: string, file: string, script: import('node:vm').Script) {
	try {
		fs.mkdirSync(directory, {recursive: true, mode: 0o700});
		for (const old of fs.readdirSync(directory)) if (old.endsWith('.cache')) fs.rmSync(`${directory}/${old}`, {force: true});
		const temporary = `${file}.${process.pid}`;
		fs.writeFileSync(temporary, script.createCachedData(), {mode: 0o600});
		fs.renameSync(temporary, file);
	} catch {}
}

const directory = cacheDirectory();
// Node 22.1+ caches ES modules itself: that covers reader.js
(require('node:module') as {enableCompileCache?: (directory?: string) => unknown}).enableCompileCache?.(directory);
const file = cacheFile(directory);
const cachedData = readCache(file);
// The bundle is the body of an async function, strict as a module is, given what a module would
// have: require, import.meta and import() (V8 forgets a script's own import() setting when the
// script comes from the code cache)
const script = new vm.Script(`(async function (require, __whosaidImportMeta, __whosaidImport) {"use strict";const __whosaidRequire = require;${fs.readFileSync(mainPath, 'utf8')}\n})`, {
	filename: mainPath,
	cachedData,
});
if (directory && file && (cachedData === undefined || script.cachedDataRejected)) process.once('exit', () => writeCache(directory, file, script));
const run = script.runInThisContext() as (require: NodeJS.Require, meta: {url: string}, load: (specifier: string) => Promise<unknown>) => Promise<void>;
await run(require, {url: mainUrl.href}, async (specifier) => import(new URL(specifier, mainUrl).href));
