import {useStdout} from 'ink';
import {useEffect, useState} from 'react';
import type {Size} from './layout.js';

/** The terminal's size, updated on resize; `fixed` wins (tests, benchmarks). */
export function useTerminalSize(fixed?: Size): Size {
	const {stdout} = useStdout();
	const read = (): Size => ({columns: stdout.columns || 80, rows: stdout.rows || 24});
	const [size, setSize] = useState(read);
	useEffect(() => {
		if (fixed) return;
		const update = () => {
			setSize(read());
		};

		stdout.on('resize', update);
		return () => {
			stdout.off('resize', update);
		};
		// eslint-disable-next-line react-hooks/exhaustive-deps -- read() only reads stdout
	}, [stdout, fixed]);
	return fixed ?? size;
}
