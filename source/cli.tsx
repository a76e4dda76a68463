#!/usr/bin/env node
import fs from 'node:fs';
import process from 'node:process';
import meow from 'meow';
import {analyse} from './analyse.js';
import {type Input, maxInputBytes} from './article/read.js';
import {forMessage} from './article/sanitize.js';
import {UserError, exitCode} from './errors.js';
import {loadInput} from './input/load.js';
import type {Attributed, Speaker} from './model.js';
import {findSpeaker} from './speakers.js';
import {jsonChunks} from './views/json.js';
import {count, toPlain} from './views/plain.js';

checkArguments(process.argv.slice(2));

const cli = meow(
	`
	Usage
	  $ whosaid [file|url|-]

	  Opens a news article (text, a saved web page, Markdown, or an http(s) URL) and shows,
	  statement by statement, who said what.
	  With no file: standard input when it is a pipe or a file, else the bundled article.

	Options
	  --speaker, -s NAME   Only this speaker's statements (any alias, any case)
	  --json               The attributed article as JSON
	  --plain              Plain text, for pipes and screen readers
	  --show-hidden        Show what is normally removed from the text (escape sequences,
	                       control and invisible characters) as ^[ and <U+202E>, like less;
	                       without it a note on stderr counts them, and invalid UTF-8 (�)
	  --help               This help
	  --version            The version

	Exit codes
	  0 success · 1 failure · 2 usage · 65 input is not text, not an article, or larger than ${maxInputBytes / 1024 / 1024} MiB
	  66 input missing, unreadable or empty · 69 a URL could not be fetched (network, HTTP status)

	Examples
	  $ whosaid
	  $ whosaid story.txt --speaker Patrushev
	  $ whosaid page.html
	  $ whosaid https://example.com/story
	  $ curl -sL https://example.com/story | whosaid --json
`,
	{
		importMeta: import.meta,
		flags: {
			speaker: {type: 'string', shortFlag: 's'},
			json: {type: 'boolean', default: false},
			plain: {type: 'boolean', default: false},
			showHidden: {type: 'boolean', default: false},
		},
		allowUnknownFlags: false,
		description: false,
	},
);

/** The one place messages reach stderr: one line, anything hidden in quoted input shown as ^[ or <U+202E>. */
function fail(message: string, code: number): never {
	process.stderr.write(`whosaid: ${forMessage(message)}\n`);
	process.exit(code);
}

/**
 * Flags are checked before meow, which would print unknown ones raw over several lines
 * and throw a stack trace on a repeated --speaker.
 */
function checkArguments(args: string[]) {
	const known = new Set(['speaker', 'json', 'plain', 'show-hidden', 'showHidden', 'help', 'version']);
	let speakers = 0;
	for (const arg of args) {
		if (arg === '--') break;
		if (arg === '-' || !arg.startsWith('-')) continue;
		const name = arg.startsWith('--') ? arg.slice(2).split('=')[0]!.replace(/^no-/, '') : arg[1];
		if (name === 's' || name === 'speaker') speakers++;
		else if (arg.startsWith('--') ? !known.has(name!) : true) {
			fail(`unknown option ${arg} (whosaid --help lists them)`, exitCode.usage);
		}
	}

	if (speakers > 1) fail('--speaker can be given once', exitCode.usage);
}

/** Tells, in one line on stderr, what sanitising took out of the article or could not decode. */
function noteRemoved({name, removed}: Input) {
	const parts = [
		removed.escapes > 0 ? count(removed.escapes, 'escape sequence') : '',
		removed.controls > 0 ? count(removed.controls, 'control character') : '',
		removed.invisible > 0 ? count(removed.invisible, 'invisible character') : '',
	].filter(Boolean);
	const notes: string[] = [];
	if (parts.length > 0) notes.push(`removed ${parts.join(', ')} (--show-hidden shows them)`);
	if (removed.replacements > 0) notes.push(`${count(removed.replacements, 'invalid UTF-8 sequence')} shown as \uFFFD`);
	if (notes.length > 0) process.stderr.write(`whosaid: note: ${name}: ${notes.join('; ')}\n`);
}

/** Notes from reading the input: an encoding guessed, a language that is not English. */
function noteInput({notes}: Input) {
	for (const note of notes ?? []) process.stderr.write(`whosaid: note: ${note}\n`);
}

/**
 * Writes the text, given whole or in pieces, and exits once written; a closed pipe (`| head -1`)
 * is a normal end, not an error. Pieces go out in batches of about a megabyte, written
 * synchronously: queued stream writes of a large document failed on a pipe (ENOBUFS).
 */
function print(text: string | Iterable<string>) {
	let batch = '';
	for (const piece of typeof text === 'string' ? [text] : text) {
		batch += piece;
		if (batch.length < 1 << 20) continue;
		if (!writeAll(batch)) return;
		batch = '';
	}

	writeAll(batch);
}

/** One millisecond's wait, for a full non-blocking stdout. */
const nap = new Int32Array(new SharedArrayBuffer(4));

/** Writes to stdout and waits until it is written; false when it cannot be (a closed pipe ends the process). */
function writeAll(text: string): boolean {
	const bytes = Buffer.from(text);
	for (let at = 0; at < bytes.length; ) {
		try {
			at += fs.writeSync(1, bytes, at);
		} catch (error) {
			const {code} = error as NodeJS.ErrnoException;
			if (code === 'EAGAIN') {
				Atomics.wait(nap, 0, 0, 1);
				continue;
			}

			if (code === 'EPIPE') process.exit(exitCode.ok);
			fail(`cannot write the output (${code ?? String(error)})`, exitCode.failure);
			return false;
		}
	}

	return true;
}

async function main() {
	if (cli.flags.json && cli.flags.plain) throw new UserError('choose one of --json and --plain', exitCode.usage);
	const [file, ...rest] = cli.input;
	if (rest.length > 0) throw new UserError(`one article at a time (got ${cli.input.length} files)`, exitCode.usage);
	const input = await loadInput(file, {showHidden: cli.flags.showHidden});
	noteInput(input);
	noteRemoved(input);
	const model: Attributed = analyse(input.text, input.meta);
	let only: Speaker | undefined;
	if (cli.flags.speaker !== undefined) {
		only = findSpeaker(model.speakers, cli.flags.speaker);
		if (!only) {
			const known = model.speakers.map((speaker) => speaker.name).join(', ') || 'none';
			throw new UserError(`no speaker "${cli.flags.speaker}" in ${input.name}; speakers: ${known}`, exitCode.usage);
		}
	}

	if (cli.flags.json) {
		print(jsonChunks(only ? {...model, statements: model.statements.filter((s) => s.speaker === only.id), speakers: [only]} : model));
		return;
	}

	if (!cli.flags.plain && process.stdout.isTTY) {
		// Ink draws only the last frame when it thinks it runs in CI; here stdout is a real terminal
		delete process.env['CI'];
		delete process.env['CONTINUOUS_INTEGRATION'];
		// Ink and React load only here, off the --json and --plain start-up path
		const reader = await import('./ui/run.js');
		const keyboard = reader.openKeyboard();
		if ('stdin' in keyboard) {
			process.exitCode = await reader.runReader(model, {speaker: only?.id, keyboard});
			return;
		}

		process.stderr.write(`whosaid: showing the plain view: ${keyboard.problem}\n`);
	}

	print(toPlain(model, only));
}

try {
	await main();
} catch (error) {
	if (error instanceof UserError) fail(error.message, error.code);
	fail(`unexpected error: ${(error as Error).message}`, exitCode.failure);
}
