/*
 * The batch's side of the memory promise (memory-budget.ts decides it for every view): a large
 * article is analysed in a worker of its own, given the RSS limit at which its analysis stops
 * itself, while the main thread watches the process's RSS a little above that limit and ends the
 * worker (Worker.terminate) should the analysis not stop: a backstop, as a worker heeds terminate()
 * only between JavaScript steps. The worker's heap is capped (resourceLimits) at the budget, a
 * further backstop: V8 does not always end a worker cleanly at that cap (a growing Map that cannot
 * grow aborts the process with a FATAL ERROR trace), which is why the guard looks at the heap too.
 *
 * Small articles skip the worker when one job runs: even at the worst density measured (~160×),
 * 256 KiB needs ~41 MB beside Node's own ~50 MB, within the 106 MB its budget allows; starting a
 * worker (~30 ms) would cost more than analysing a news article (~0.5 ms).
 */

export {budgetBytes, mb, tooDense} from '../memory-budget.js';

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
