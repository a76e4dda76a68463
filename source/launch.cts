#!/usr/bin/env node
/*
 * The `whosaid` binary, CommonJS so that --json never starts Node's ES module loader (~5 ms).
 * It runs dist/main.js, the bundled cli, as the body of an async function compiled with vm.Script,
 * not as an ES module: on Node 20 that also starts it ~7 ms sooner. A V8 code cache was measured
 * too and made no difference, so there is none. The reader (dist/reader.js, Ink and React) stays an
 * ES module, imported only when it is shown.
 */
import fs = require('node:fs');
import path = require('node:path');
import url = require('node:url');
import vm = require('node:vm');

type Body = (require: NodeJS.Require, meta: {url: string}, load: (specifier: string) => Promise<unknown>) => Promise<void>;

const mainPath = path.join(__dirname, 'main.js');
const mainUrl = url.pathToFileURL(mainPath);
// Strict, as a module is; given what a module has: require, import.meta and import()
const script = new vm.Script(`(async function (require, __whosaidImportMeta, __whosaidImport) {"use strict";const __whosaidRequire = require;${fs.readFileSync(mainPath, 'utf8')}\n})`, {filename: mainPath});
void (script.runInThisContext() as Body)(require, {url: mainUrl.href}, async (specifier) => import(new URL(specifier, mainUrl).href));
