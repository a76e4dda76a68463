import test from 'ava';
import {Box} from 'ink';
import {render} from 'ink-testing-library';
import {Line, type Row, Rows} from '../../source/ui/line.js';

const rows: Row[] = [
	{key: 'a', text: '¶4 Chen Wenqing: “quoted” … › · →'},
	{key: 'b', text: ''},
	{key: 'c', text: 'plain ASCII, then a wide one below'},
	{key: 'd', text: '世界 cup 🏆 and e\u0301 and Ελληνικά that runs on past the edge of the box'},
	{key: 'e', text: 'after the wide one'},
	{key: 'f', text: 'x'.repeat(40)},
];

function frame(node: React.JSX.Element): string {
	const app = render(<Box width={30}>{node}</Box>);
	const out = app.lastFrame() ?? '';
	app.unmount();
	return out;
}

test('rows drawn in runs look exactly like rows drawn one Text each, wide and over-long rows included', (t) => {
	const alone = frame(
		<Box flexDirection="column">
			{rows.map((row) => (
				<Line key={row.key} text={row.text} />
			))}
		</Box>,
	);
	t.is(frame(<Rows rows={rows} width={30} />), alone);
	t.is(alone.split('\n').length, rows.length);
});
