import {useStdout} from 'ink';
import {useEffect, useState} from 'react';
import type {Size} from './layout.js';

const sizeOf = (stdout: NodeJS.WriteStream): Size => ({columns: stdout.columns || 80, rows: stdout.rows || 24});

/** The terminal's size, updated on resize; `fixed` wins (tests, benchmarks). */
export function useTerminalSize(fixed?: Size): Size {
	const {stdout} = useStdout();
	const [size, setSize] = useState(() => sizeOf(stdout));
	useEffect(() => {
		if (fixed) return;
		const update = () => {
			setSize(sizeOf(stdout));
		};

		stdout.on('resize', update);
		return () => {
			stdout.off('resize', update);
		};
	}, [stdout, fixed]);
	return fixed ?? size;
}
