#!/usr/bin/env node
import module from 'node:module';
import process from 'node:process';
import {analyseWithin} from './analyse.js';
import type {Input} from './article/read.js';
import {forMessage} from './article/sanitize.js';
import {removedNote} from './batch/notes.js';
import {OutputBuffer} from './batch/output.js';
import {buildCorpus, findCorpusSpeaker} from './corpus/corpus.js';
import {loadArticles} from './corpus/load.js';
import {listInputs} from './batch/inputs.js';
import {runInputs} from './batch/run-inputs.js';
import {UserError, exitCode} from './errors.js';
import {type CommandLine, parseCommandLine} from './flags.js';
import {loadInput} from './input/load.js';
import type {Attributed} from './model.js';
import {findSpeaker, isChoice, speakerOrError} from './speakers.js';
import {toPlain} from './views/plain.js';

const cli = commandLineOrFail(process.argv.slice(2));

/** The one place messages reach stderr: one line, anything hidden in quoted input shown as ^[ or <U+202E>. */
function fail(message: string, code: number): never {
	process.stderr.write(`whosaid: ${forMessage(message)}\n`);
	process.exit(code);
}

/** Flags and inputs (source/flags.ts); a usage error ends the process as one line, exit 2. */
function commandLineOrFail(argv: string[]): CommandLine {
	try {
		return parseCommandLine(argv);
	} catch (error) {
		if (error instanceof UserError) fail(error.message, error.code);
		throw error;
	}
}

/**
 * Node 22.1 and later can keep V8's compiled code of the modules loaded from now on (here, the
 * reader's 400 KB chunk) in a cache of its own, checked against the source; Node 20 has no such
 * function, and then the code is compiled as it runs.
 */
function enableCompileCache() {
	const {enableCompileCache: enable} = module as {enableCompileCache?: () => unknown};
	if (typeof enable === 'function') enable();
}

/** Tells, in one line on stderr, what sanitising took out of the article or could not decode. */
function noteRemoved(input: Input) {
	const note = removedNote(input);
	if (note) process.stderr.write(note);
}

/** Notes from reading the input: an encoding guessed, a language that is not English. */
function noteInput({notes}: Input) {
	for (const note of notes ?? []) process.stderr.write(`whosaid: note: ${note}\n`);
}

/** Writes the text, given whole or in pieces, about a megabyte at a time (batch/output.ts: a closed pipe is a normal end). */
function print(text: string | Iterable<string>) {
	const out = new OutputBuffer();
	for (const piece of typeof text === 'string' ? [text] : text) out.add(piece);
	out.flush();
}

/** Whether the reader can run: stdout a terminal that moves the cursor, and no printed view asked for. */
function readerWanted(): boolean {
	const {TERM: term} = process.env;
	const dumb = term === undefined || term === '' || term === 'dumb';
	const {flags} = cli;
	return !flags.plain && !flags.json && !flags.jsonl && !flags.csv && Boolean(process.stdout.isTTY) && !dumb;
}

/**
 * Several articles on a terminal open the corpus reader: each read and analysed here (the reader
 * needs every model), a failed one listed with its error. Returns undefined when there is no
 * keyboard, for the batch's plain view to take over.
 */
async function readCorpus(): Promise<number | undefined> {
	if (!readerWanted()) return undefined;
	const specs = listInputs(cli.input);
	if (specs.length < 2) return undefined;
	delete process.env.CI;
	delete process.env.CONTINUOUS_INTEGRATION;
	enableCompileCache();
	const reader = await import('./ui/run.js');
	const corpus = buildCorpus(await loadArticles(specs, {showHidden: cli.flags.showHidden}));
	const keyboard = reader.openKeyboard();
	if (!('stdin' in keyboard)) {
		process.stderr.write(`whosaid: showing the plain view: ${keyboard.problem}\n`);
		return undefined;
	}

	const speaker = cli.flags.speaker === undefined ? -1 : findCorpusSpeaker(corpus, cli.flags.speaker);
	const code = await reader.runCorpus(corpus, {...(speaker >= 0 ? {speaker} : {}), keyboard, mouse: cli.flags.mouse});
	const failed = corpus.articles.filter((article) => !article.model).length;
	// As in the batch: exit 1 when some input failed, after a count, unless the reader ended otherwise
	if (code === exitCode.ok && failed > 0) {
		process.stderr.write(`whosaid: ${failed} of ${corpus.articles.length} inputs failed\n`);
		return exitCode.failure;
	}

	return code;
}

async function main() {
	const corpusCode = await readCorpus();
	if (corpusCode !== undefined) {
		process.exitCode = corpusCode;
		return;
	}

	// --json, --jsonl, --csv and several articles run in batch/; one article to read or print goes on here
	const batch = await runInputs(cli.input, {...cli.flags, ...(cli.flags.speaker === undefined ? {} : {speaker: cli.flags.speaker})});
	if (typeof batch === 'number') {
		process.exitCode = batch;
		return;
	}

	const input = await loadInput(batch.inputs[0], {showHidden: cli.flags.showHidden});
	noteInput(input);
	noteRemoved(input);
	// Within the article's memory budget, in this thread as in a worker: a text too dense is refused in one line (exit 65)
	const model: Attributed = analyseWithin(input);
	const query = cli.flags.speaker;
	const found = query === undefined ? undefined : findSpeaker(model.speakers, query);
	const only = found && 'speaker' in found ? found.speaker : undefined;
	const candidates = found && isChoice(found, model.speakers) ? found.candidates : undefined;
	/** The usage error `--speaker` gets when it names no one speaker. */
	const notOne = () => speakerOrError(model.speakers, query!, input.name, found);
	// No speaker matches: an error at once; several match: a choice in the reader, an error elsewhere (below)
	if (found && !only && !candidates) notOne();

	// A terminal that cannot move the cursor (TERM=dumb, or no TERM) gets the plain view
	const {TERM: term} = process.env;
	const dumb = term === undefined || term === '' || term === 'dumb';
	if (!cli.flags.plain && process.stdout.isTTY && dumb) process.stderr.write(`whosaid: showing the plain view: TERM is ${term ? 'dumb' : 'not set'}\n`);
	if (!cli.flags.plain && process.stdout.isTTY && !dumb) {
		// Ink draws only the last frame when it thinks it runs in CI; here stdout is a real terminal
		delete process.env.CI;
		delete process.env.CONTINUOUS_INTEGRATION;
		// Ink and React load only here, off the --json and --plain start-up path
		enableCompileCache();
		const reader = await import('./ui/run.js');
		const keyboard = reader.openKeyboard();
		if ('stdin' in keyboard) {
			// Several speakers match --speaker: on a terminal the reader opens on a choice between them, not an error
			const choice = candidates ? {query: query!, candidates} : undefined;
			process.exitCode = await reader.runReader(model, {speaker: only?.id, choice, keyboard, mouse: cli.flags.mouse});
			return;
		}

		process.stderr.write(`whosaid: showing the plain view: ${keyboard.problem}\n`);
	}

	if (candidates) notOne();
	print(toPlain(model, only));
}

try {
	await main();
} catch (error) {
	if (error instanceof UserError) fail(error.message, error.code);
	fail(`unexpected error: ${(error as Error).message}`, exitCode.failure);
}
