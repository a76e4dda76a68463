/** Exit codes (documented in the readme), after BSD sysexits where one fits. */
export const exitCode = {
	ok: 0,
	failure: 1,
	usage: 2,
	dataError: 65, // EX_DATAERR: the input is not text
	noInput: 66, // EX_NOINPUT: missing, unreadable, empty, a directory
} as const;

/** A failure the user can act on: printed as one line, never as a stack trace. */
export class UserError extends Error {
	constructor(
		message: string,
		readonly code: number,
	) {
		super(message);
		this.name = 'UserError';
	}
}
