import {createRequire} from 'node:module';

/** Loaded when first needed: `node:v8` costs ~1 ms of every start, and only large analyses use it. */
const v8 = (): typeof import('node:v8') => createRequire(import.meta.url)('node:v8') as typeof import('node:v8');

/** V8's inlining budget for optimized code (bytecode size), as Node 20–24 ship it. */
const defaultInlining = 920;

/**
 * Runs `work` (an analysis) with a smaller inlining budget for the code V8 optimizes meanwhile.
 *
 * TurboFan compiles hot functions on one background thread while the analysis goes on, slower, in
 * the interpreter. With the default budget the compiles of one analysis of 1 MB added up to ~395 ms,
 * longer than the analysis itself (~215 ms): the hot code waited for the compiler. A budget of 200
 * makes them short enough: 1 MB analysed in ~170 ms instead of ~215, 10 MB in ~775 instead of ~810
 * (medians of interleaved runs; smaller budgets and no inlining were slower again).
 *
 * The budget goes back to the default afterwards, for the reader drawn next: with the smaller budget
 * from the start, its first frame on the bundled article came ~7 ms later (121.7 vs 114.6 ms, 25 runs
 * each in a pty). Small texts keep the default throughout (analyse.ts). Flags never change what the
 * code computes, and V8 checks a code cache against the flags of its first use only (launch.cts).
 */
export function withQuickCompiles<T>(work: () => T): T {
	const {setFlagsFromString} = v8();
	setFlagsFromString('--max-inlined-bytecode-size-cumulative=200');
	try {
		return work();
	} finally {
		setFlagsFromString(`--max-inlined-bytecode-size-cumulative=${defaultInlining}`);
	}
}
