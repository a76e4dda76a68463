import test from 'ava';
import {whosaid} from '../helpers/run.js';

const lists = '(whosaid --help lists them)';

/** Every usage error is one line on stderr, prefixed and sanitised, with exit code 2 and nothing on stdout. */
const usageErrors: Array<[string, string[], string]> = [
	['an unknown flag', ['--bogus'], `unknown option --bogus ${lists}`],
	['two unknown flags', ['--bogus', '--json', '--zz'], `unknown options --bogus, --zz ${lists}`],
	['an unknown short flag', ['-j'], `unknown option -j ${lists}`],
	['a short flag with an escape sequence glued on', ['-sx\u001B]0;T\u0007'], `unknown option -sx^[]0;T^G ${lists}`],
	['a hostile flag', ['-\u001B]52;c;aGk=\u0007'], `unknown option -^[]52;c;aGk=^G ${lists}`],
	['-s twice, as -ss', ['-ss', 'Chen'], '--speaker can be given once'],
	['--speaker twice', ['--speaker', 'Chen', '-s', 'Patrushev'], '--speaker can be given once'],
	['--no-speaker', ['--no-speaker'], `unknown option --no-speaker ${lists}`],
	['--speaker with no value', ['--speaker'], '--speaker needs a value (--speaker NAME)'],
	['-s with no value', ['-s'], '--speaker needs a value (--speaker NAME)'],
	['--speaker followed by a flag', ['--speaker', '--json'], '--speaker needs a value (--speaker NAME)'],
	['--speaker= with nothing', ['--speaker='], '--speaker needs a value (--speaker NAME)'],
	['a value given to a boolean flag', ['--json=yes'], '--json takes no value (got --json=yes)'],
	['even a true one', ['--plain=true'], '--plain takes no value (got --plain=true)'],
	['a hostile value given to a boolean flag', ['--show-hidden=\u001B[2J'], '--show-hidden takes no value (got --show-hidden=^[[2J)'],
	['two views', ['--json', '--plain'], 'choose one of --json and --plain'],
];

for (const [name, args, message] of usageErrors) {
	test(`usage error, ${name}: one line, exit 2`, (t) => {
		const run = whosaid(args);
		t.is(run.stderr, `whosaid: ${message}\n`);
		t.is(run.code, 2);
		t.is(run.stdout, '');
	});
}

/** --help and --version win over everything else on the command line, before `--`. */
const winners: Array<[string[], RegExp]> = [
	[['--help', '--bogus'], /^\n {2}Usage\n {4}\$ whosaid/],
	[['--json', '--plain', '--help'], /^\n {2}Usage\n/],
	[['-ss', 'Chen', '--help'], /^\n {2}Usage\n/],
	[['--version', '--json=yes'], /^\d+\.\d+\.\d+\n$/],
	[['missing.txt', '--version'], /^\d+\.\d+\.\d+\n$/],
	[['--help', '--version'], /^\n {2}Usage\n/],
];

for (const [args, stdout] of winners) {
	test(`${args.join(' ')} prints ${stdout.source.includes('Usage') ? 'the help' : 'the version'}, exit 0`, (t) => {
		const run = whosaid(args);
		t.regex(run.stdout, stdout);
		t.is(run.stderr, '');
		t.is(run.code, 0);
	});
}

test('after --, --help is a file name', (t) => {
	const run = whosaid(['--', '--help']);
	t.is(run.stderr, 'whosaid: --help: no such file\n');
	t.is(run.code, 66);
});

test('valid flags still work: -s NAME, --show-hidden, --json', (t) => {
	const run = whosaid(['-s', 'chen', '--json', '--show-hidden']);
	t.is(run.code, 0);
	const {speakers} = JSON.parse(run.stdout) as {speakers: Array<{name: string}>};
	t.deepEqual(speakers.map((speaker) => speaker.name), ['Chen Wenqing']);
});
