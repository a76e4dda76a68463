/*
 * The memory promise: analysing one article takes at most 25× its size plus 100 MB of RSS, and when
 * an article would need more, whosaid says so (exit 65) before the heap runs out. Dense text is what
 * breaks it: `X123456 said. ` repeated makes one speaker per 14 bytes, ~160 bytes of RSS per byte.
 *
 * So a large article is analysed in a worker of its own while the main thread watches the process's
 * RSS, and ends the worker (Worker.terminate, which stops its JavaScript wherever it is) when the RSS
 * passes the article's budget: the article fails with exit code 65, the run goes on. The worker's heap
 * is also capped (resourceLimits) at the budget, a backstop the watch should never let it reach:
 * V8 does not always end a worker cleanly at that cap. A growing Map that cannot grow aborts the
 * whole process with a FATAL ERROR trace (seen on 20 MB of dense text with a 290 MB cap).
 *
 * The watch sees the RSS every 10 ms, and a worker heeds terminate() only between JavaScript steps:
 * one long native step (measured on 4 MB of "descriptions and roles" from scripts/bench-hostile.js)
 * went on allocating ~90 MB after the RSS had reached the budget, even past process.exit (which waits
 * for the worker too). So the bound holds up to what one such step allocates.
 *
 * Small articles skip the worker when one job runs: even at the worst density measured (~160×),
 * 256 KiB needs ~41 MB beside Node's own ~50 MB, within the 106 MB its budget allows; starting a
 * worker (~30 ms) would cost more than analysing a news article (~0.5 ms).
 */

export {baselineBytes, budgetBytes, mb, tooDense} from '../memory-budget.js';

/** Below this size (bytes) an article may be analysed in the main thread, or in a shared worker. */
export const inThreadBytes = 256 * 1024;

/** How often the RSS is looked at while a large article is analysed (ms). */
export const watchEveryMs = 10;

/** How far above the article's limit the watch ends its worker: the analysis stops itself at the limit. */
export const watchMarginBytes = 16 * 1024 * 1024;

/** A worker's young generation (semi-spaces), in MB: small, since the watch counts it. */
export const youngGenerationMb = 8;

/** The heap cap of the shared workers, which analyse articles under inThreadBytes: a backstop far above their need. */
export const sharedHeapMb = 128;
