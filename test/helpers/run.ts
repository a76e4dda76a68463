import {spawnSync, type SpawnSyncOptions} from 'node:child_process';
import {fileURLToPath} from 'node:url';

/** The built binary: end-to-end tests run what users run. `npm test` builds it first. */
export const cliPath = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

export type Run = {code: number | null; stdout: string; stderr: string};

/**
 * Runs `whosaid ARGS` to completion. stdin is /dev/null unless `input` is given (then a pipe), so nothing
 * waits on a terminal and, as in CI, no file named opens the bundled article (an empty pipe is an error).
 */
export function whosaid(args: string[], options: SpawnSyncOptions & {input?: string | Buffer} = {}): Run {
	const result = spawnSync(process.execPath, [cliPath, ...args], {
		encoding: 'utf8',
		...(options.input === undefined ? {stdio: ['ignore', 'pipe', 'pipe']} : {}),
		timeout: 30_000,
		...options,
		env: {...process.env, NO_COLOR: '1', ...options.env},
	});
	return {code: result.status, stdout: String(result.stdout), stderr: String(result.stderr)};
}
