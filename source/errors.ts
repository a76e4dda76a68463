/** Exit codes (documented in the readme), after BSD sysexits where one fits. */
export const exitCode = {
	ok: 0,
	failure: 1,
	usage: 2,
	dataError: 65, // EX_DATAERR: the input is not text, or not an article
	noInput: 66, // EX_NOINPUT: missing, unreadable, empty, a directory
	unavailable: 69, // EX_UNAVAILABLE: a URL could not be fetched (network, TLS, HTTP status, too large)
} as const;

/** A failure the user can act on: printed as one line, never as a stack trace. */
export class UserError extends Error {
	/** One made by another bundle (dist/web.cjs carries its own copy of this class) is one too. */
	static override [Symbol.hasInstance](value: unknown): boolean {
		return value instanceof Error && value.name === 'UserError' && typeof (value as {code?: unknown}).code === 'number';
	}

	constructor(
		message: string,
		readonly code: number,
	) {
		super(message);
		this.name = 'UserError';
	}
}
