import process from 'node:process';
import test from 'ava';
import {openPane, quitToShell} from '../helpers/tmux.js';

// A signal while the reader is open ends it with 128 + the signal number and gives the terminal
// back as it was: main screen, cursor shown, line editing and echo on.
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]] as const) {
	test(`${signal} while the reader is open: exit ${code}, terminal restored`, async (t) => {
		const pane = openPane(t, 'node dist/cli.js');
		await pane.waitFor(/statement 1\/5/);
		t.true(pane.state().alternate, 'the reader is on the alternate screen');
		process.kill(pane.pid(), signal);
		const screen = await pane.waitFor(/exit=\d+/);
		t.regex(screen, new RegExp(`exit=${code}`));
		t.notRegex(screen, /Error|at .*\.js/, 'no stack trace');
		const state = pane.state();
		t.false(state.alternate);
		t.true(state.cursor);
		const stty = await waitForStty(pane.stty);
		t.regex(stty, /(?:^|\s)icanon(?:\s|$)/, 'canonical mode is back');
		t.regex(stty, /(?:^|\s)echo(?:\s|$)/, 'echo is back');
	});
}

test('SIGINT while the article is still arriving on a pipe: ends at once, terminal untouched', async (t) => {
	const pane = openPane(t, 'node dist/cli.js', {feed: 'sleep 2; cat data/xinhua-2023-05-26-chen-wenqing-moscow.txt'});
	// Node blocks on the pipe; interrupt it before the article comes (the pane waits for the writer too)
	await new Promise((resolve) => {
		setTimeout(resolve, 700);
	});
	process.kill(pane.pid(), 'SIGINT');
	const screen = await pane.waitFor(/exit=\d+/);
	t.regex(screen, /exit=130/);
	t.false(pane.state().alternate);
	t.regex(await waitForStty(pane.stty), /(?:^|\s)icanon(?:\s|$)/);
});

/** The pane writes stty's report right after "exit=": give it a moment. */
async function waitForStty(read: () => string): Promise<string> {
	for (let i = 0; i < 100; i++) {
		try {
			const text = read();
			if (text) return text;
		} catch {}

		await new Promise((resolve) => {
			setTimeout(resolve, 20);
		});
	}

	return read();
}

// Ctrl-Z (a key in raw mode) and SIGTSTP (kill -TSTP) stop the reader with the terminal given back;
// fg brings it back in raw mode, redrawn, keys working.
for (const [label, stop] of [
	['Ctrl-Z', (pane: ReturnType<typeof openPane>) => pane.keys('C-z')],
	['kill -TSTP', (pane: ReturnType<typeof openPane>) => process.kill(pane.pid(), 'SIGTSTP')],
] as const) {
	test(`${label} suspends with the terminal restored; fg resumes in raw mode, redrawn`, async (t) => {
		const pane = openPane(t, 'node dist/cli.js', {shell: true, columns: 100, rows: 30});
		await pane.waitFor(/statement 1\/5/);
		pane.keys('j');
		await pane.waitFor(/statement 2\/5/);
		stop(pane);
		await pane.waitFor(/Stopped/);
		let state = pane.state();
		t.false(state.alternate, 'main screen while stopped');
		t.true(state.cursor, 'cursor shown while stopped');
		pane.keys('stty -a | tr " " "\\n" | grep -x -e icanon -e -icanon', 'Enter');
		await pane.waitFor(/^-?icanon$/m);
		t.regex(pane.screen(), /^icanon$/m, 'line mode while stopped');
		pane.keys('fg', 'Enter');
		const screen = await pane.waitFor(/statement 2\/5 · \? help/);
		t.regex(screen, /› ¶5 Chen Wenqing/, 'redrawn where it was');
		state = pane.state();
		t.true(state.alternate);
		t.false(state.cursor);
		pane.keys('j');
		await pane.waitFor(/statement 3\/5/);
		await quitToShell(pane);
		t.false(pane.state().alternate);
	});
}
