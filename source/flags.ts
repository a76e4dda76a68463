import process from 'node:process';
import meow, {type Result} from 'meow';
import {maxInputBytes} from './article/read.js';
import {UserError, exitCode} from './errors.js';
import {keysForHelp} from './ui/keys.js';

/**
 * Every flag in one table: meow's definition of it (type, short flag, isMultiple) plus its line in
 * --help. Adding a flag is adding one entry. `value` names a flag's argument in the help; `view`
 * marks the output formats, of which one at most may be chosen.
 */
const flagTable = {
	speaker: {
		type: 'string',
		shortFlag: 's',
		value: 'NAME',
		help: 'Only this speaker\'s statements: a name, an alias or the start of one,\nany case, accents optional; when several match, the reader asks which\n(elsewhere, at most 10 are listed)',
	},
	json: {type: 'boolean', view: true, help: 'The attributed article as JSON'},
	jsonl: {
		type: 'boolean',
		view: true,
		help: 'One line of JSON per article, with its "file"; with -, reads\n{"id", "text"} (or "html") lines on stdin and answers each in order',
	},
	csv: {type: 'boolean', view: true, help: 'One row per statement (RFC 4180), a header first'},
	plain: {type: 'boolean', view: true, help: 'Plain text, for pipes and screen readers'},
	jobs: {type: 'number', value: 'N', help: 'Articles analysed at once (default: one per core)'},
	mouse: {type: 'boolean', default: true, help: 'Leave the mouse to the terminal (its own selection) in the reader'},
	showHidden: {
		type: 'boolean',
		help: 'Show what is normally removed from the text (escape sequences,\ncontrol and invisible characters) as ^[ and <U+202E>, like less;\nwithout it a note on stderr counts them, and invalid UTF-8 (�)',
	},
} as const satisfies Record<string, FlagEntry>;

type FlagEntry = {
	type: 'string' | 'boolean' | 'number';
	default?: boolean;
	shortFlag?: string;
	isMultiple?: boolean;
	value?: string;
	view?: boolean;
	help: string;
};

/** What a flag is called on the command line: showHidden → --show-hidden. */
const dashed = (name: string): string => `--${name.replaceAll(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;

/** The Options section of --help, aligned, from the table. */
function optionsHelp(): string {
	const rows: Array<[string, string]> = Object.entries(flagTable).map(([name, entry]: [string, FlagEntry]) => [
		// A flag on by default is shown as the way to turn it off: --no-mouse
		[entry.default === true ? `--no-${dashed(name).slice(2)}` : dashed(name), entry.shortFlag ? `-${entry.shortFlag}` : ''].filter(Boolean).join(', ') + (entry.value ? ` ${entry.value}` : ''),
		entry.help,
	]);
	rows.push(['--help', 'This help'], ['--version', 'The version']);
	const width = Math.max(...rows.map(([left]) => left.length)) + 3;
	return rows.map(([left, help]) => `  ${left.padEnd(width)}${help.split('\n').join(`\n  ${' '.repeat(width)}`)}`).join('\n').replaceAll('\n', '\n\t');
}

const helpText = `
	Usage
	  $ whosaid [file|dir|glob|url|-]…

	  Opens a news article (text, a saved web page, Markdown, or an http(s) URL) and shows,
	  statement by statement, who said what.
	  With no file: standard input when it is a pipe or a file, else the bundled article.
	  Several inputs, directories (their .txt, .md and .html files) and quoted globs are read in order.

	Options
	${optionsHelp()}

	Keys in the reader
${keysForHelp('\t  ')}

	Exit codes
	  0 success · 1 failure (with several inputs: any failed) · 2 usage
	  65 input is not text, not an article, too dense, or larger than ${maxInputBytes / 1024 / 1024} MiB
	  66 input missing, unreadable or empty · 69 a URL could not be fetched (network, HTTP status)

	Examples
	  $ whosaid
	  $ whosaid story.txt --speaker Patrushev
	  $ whosaid page.html
	  $ whosaid https://example.com/story
	  $ whosaid --jsonl news/ > attributed.jsonl
	  $ curl -sL https://example.com/story | whosaid --json
`;

const meowOptions = {
	importMeta: import.meta,
	// meow takes the fields it knows (type, shortFlag, isMultiple) and ignores the help's
	flags: flagTable,
	allowUnknownFlags: false,
	description: false,
} as const;

export type CommandLine = Pick<Result<typeof flagTable>, 'input' | 'flags'>;

/** The flags and inputs of `argv`, parsed and checked by meow; a usage error is thrown as one UserError line. */
export function parseCommandLine(argv: string[]): CommandLine {
	const beforeSeparator = argv.includes('--') ? argv.slice(0, argv.indexOf('--')) : argv;
	// --help and --version win over everything else: meow is given them alone, prints, and exits 0
	for (const flag of ['--help', '--version']) {
		if (beforeSeparator.includes(flag)) meow(helpText, {...meowOptions, argv: [flag]});
	}

	checkNoBooleanValues(beforeSeparator);
	const {input, flags} = meowReportingAsErrors(argv);
	checkValues(flags);
	// The views given, named as given: "choose one of --json and --plain"
	const views = Object.entries(flagTable).filter(([name, entry]: [string, FlagEntry]) => entry.view && flags[name as keyof typeof flags]).map(([name]) => dashed(name));
	if (views.length > 1) throw usage(`choose one of ${views.slice(0, -1).join(', ')} and ${views.at(-1)!}`);

	return {input, flags};
}

const usage = (message: string) => new UserError(message, exitCode.usage);

/** Thrown in place of meow's process.exit() while it parses, so its report becomes one of ours. */
class MeowExit extends Error {}

/**
 * Runs meow on `argv`. meow reports some errors by printing lines to console.error and calling
 * process.exit(2) (unknown flags, missing required ones) and throws others (a flag given twice):
 * while it parses, both are caught and rewritten as one UserError, so that every usage error is
 * one sanitised line with the program's name, like every other error.
 */
function meowReportingAsErrors(argv: string[]): CommandLine {
	const printed: string[] = [];
	const {exit} = process;
	const {error: printError} = console;
	console.error = (...parts: unknown[]) => {
		printed.push(parts.join(' '));
	};

	process.exit = ((code?: number) => {
		throw new MeowExit(String(code));
	}) as typeof process.exit;
	try {
		return meow(helpText, {...meowOptions, argv});
	} catch (error) {
		throw usage(meowMessage(printed.join('\n'), error));
	} finally {
		process.exit = exit;
		console.error = printError;
	}
}

/** meow's report, printed or thrown, as one line in whosaid's words. */
function meowMessage(printed: string, error: unknown): string {
	const [first = '', ...rest] = printed.split('\n').map((line) => line.trim());
	if (/^Unknown flags?$/.test(first)) return `unknown option${rest.length > 1 ? 's' : ''} ${rest.join(', ')} (whosaid --help lists them)`;
	const thrown = error instanceof MeowExit ? '' : String((error as Error).message ?? error);
	const twice = /^The flag (--[\w-]+) can only be set once\.$/.exec(thrown);
	if (twice) return `${twice[1]!} can be given once`;
	const message = [first, ...rest, ...thrown.split('\n')].filter(Boolean).join(' ');
	return message.charAt(0).toLowerCase() + message.slice(1);
}

/** yargs, under meow, reads `--json=yes` as --json=false without a word: a boolean flag takes no value. */
function checkNoBooleanValues(args: string[]) {
	for (const arg of args) {
		const [name, value] = arg.split(/=(.*)/s);
		if (value === undefined || !name!.startsWith('--')) continue;
		const flag = Object.entries(flagTable).find(([key]) => [dashed(key), `--no-${dashed(key).slice(2)}`, `--${key}`].includes(name!));
		if (flag?.[1].type === 'boolean') throw usage(`${name!} takes no value (got ${arg})`);
	}
}

/** meow lets `--speaker` without a value through as "" and `--no-speaker` as false: a flag with a value needs one. */
function checkValues(flags: Record<string, unknown>) {
	for (const [name, entry] of Object.entries(flagTable) as Array<[string, FlagEntry]>) {
		if (entry.type === 'boolean') continue;
		const values: unknown[] = entry.isMultiple ? (flags[name] as unknown[]) : [flags[name]];
		for (const value of values) {
			if (value === undefined) continue;
			if (value === false) throw usage(`unknown option --no-${dashed(name).slice(2)} (whosaid --help lists them)`);
			// Every number flag counts something (--jobs): a whole number, 1 or more
			if (entry.type === 'number' && !(Number.isInteger(value) && (value as number) >= 1)) throw usage(`${dashed(name)} takes a whole number, 1 or more`);
			if (value === '') throw usage(`${dashed(name)} needs a value (${dashed(name)} ${entry.value ?? 'VALUE'})`);
		}
	}
}
