#!/usr/bin/env node
import process from 'node:process';
import meow from 'meow';
import {analyse} from './analyse.js';
import {type Input, readInput, stdinHasInput} from './article/read.js';
import {bundledArticlePath} from './bundled.js';
import {UserError, exitCode} from './errors.js';
import type {Attributed, Speaker} from './model.js';
import {findSpeaker} from './speakers.js';
import {toJson} from './views/json.js';
import {toPlain} from './views/plain.js';

const cli = meow(
	`
	Usage
	  $ whosaid [file|-]

	  Opens a news article and shows, statement by statement, who said what.
	  With no file: standard input when it is a pipe or a file, else the bundled article.

	Options
	  --speaker, -s NAME   Only this speaker's statements (any alias, any case)
	  --json               The attributed article as JSON
	  --plain              Plain text, for pipes and screen readers
	  --show-hidden        Show control characters as ^[ and <U+202E> instead of removing them
	  --help               This help
	  --version            The version

	Exit codes
	  0 success · 1 failure · 2 usage · 65 input is not text or too large · 66 input missing, unreadable or empty

	Examples
	  $ whosaid
	  $ whosaid story.txt --speaker Patrushev
	  $ curl -s https://example.com/story.txt | whosaid --json
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

function fail(message: string, code: number): never {
	process.stderr.write(`whosaid: ${message}\n`);
	process.exit(code);
}

/** Writes and exits once written; a closed pipe (`| head -1`) is a normal end, not an error. */
function print(text: string) {
	process.stdout.on('error', (error: NodeJS.ErrnoException) => {
		process.exit(error.code === 'EPIPE' ? exitCode.ok : exitCode.failure);
	});
	process.stdout.write(text);
}

function load(): Input {
	const [file, ...rest] = cli.input;
	if (rest.length > 0) throw new UserError(`one article at a time (got ${cli.input.length} files)`, exitCode.usage);
	if (file === '-') return readInput({kind: 'stdin', explicit: true}, {showHidden: cli.flags.showHidden})!;
	if (file !== undefined) return readInput({kind: 'file', path: file}, {showHidden: cli.flags.showHidden})!;
	const piped = stdinHasInput() ? readInput({kind: 'stdin', explicit: false}, {showHidden: cli.flags.showHidden}) : undefined;
	return piped ?? readInput({kind: 'file', path: bundledArticlePath}, {showHidden: cli.flags.showHidden})!;
}

function main() {
	if (cli.flags.json && cli.flags.plain) throw new UserError('choose one of --json and --plain', exitCode.usage);
	const input = load();
	const model: Attributed = analyse(input.text);
	let only: Speaker | undefined;
	if (cli.flags.speaker !== undefined) {
		only = findSpeaker(model.speakers, cli.flags.speaker);
		if (!only) {
			const known = model.speakers.map((speaker) => speaker.name).join(', ') || 'none';
			throw new UserError(`no speaker "${cli.flags.speaker}" in ${input.name}; speakers: ${known}`, exitCode.usage);
		}
	}

	if (cli.flags.json) {
		print(toJson(only ? {...model, statements: model.statements.filter((s) => s.speaker === only.id), speakers: [only]} : model));
		return;
	}

	print(toPlain(model, only));
}

try {
	main();
} catch (error) {
	if (error instanceof UserError) fail(error.message, error.code);
	fail(`unexpected error: ${(error as Error).message}`, exitCode.failure);
}
