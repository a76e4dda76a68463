/*
 * An http(s) URL → the bytes of the article it serves, with Node's own fetch. Bounded every way a
 * server could hold a reader: at most 5 redirects (followed by hand, to count them and to see a
 * loop), one overall timeout (20 s; WHOSAID_FETCH_TIMEOUT_MS overrides it, for tests), at most
 * 10 MiB read from the stream. Every failure is a UserError of one line: exit 69 for the network
 * and HTTP, 65 for a response that is no article.
 */
import process from 'node:process';
import packageJson from '../../package.json' with {type: 'json'};
import {UserError, exitCode} from '../errors.js';

export const maxRedirects = 5;
export const maxBodyBytes = 10 * 1024 * 1024;
export const defaultTimeoutMs = 20_000;
export const userAgent = `whosaid/${packageJson.version}`;

export type Fetched = {
	bytes: Uint8Array;
	/** The media type, lower case, without parameters: "text/html". */
	type: string;
	/** The charset the Content-Type names, if it does. */
	charset?: string;
	/** The URL after redirects. */
	url: string;
};

/** Called as bytes arrive: the host and the bytes so far (the spinner). */
export type Progress = (host: string, bytes: number) => void;

/** Media types read as articles: pages, plain text and Markdown. */
const articleTypes = new Set(['text/html', 'application/xhtml+xml', 'text/plain', 'text/markdown', 'text/x-markdown']);

function timeoutMs(): number {
	const fromEnv = Number(process.env.WHOSAID_FETCH_TIMEOUT_MS);
	return Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : defaultTimeoutMs;
}

const networkError = (url: URL, problem: string) => new UserError(`${url.host}: ${problem}`, exitCode.unavailable);

const seconds = (ms: number) => (ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`);

/** TLS failures as Node's TLS layer names them. */
const isTlsCode = (code: string) => /^(?:ERR_TLS|ERR_SSL|CERT_|UNABLE_TO_|DEPTH_ZERO|SELF_SIGNED|ERR_OSSL)/.test(code) || code.includes('CERT');

/** A failed fetch as one line: what went wrong, in a reader's words. */
function describeFailure(error: unknown, url: URL, ms: number): UserError {
	if (error instanceof UserError) return error;
	const name = (error as Error).name;
	if (name === 'TimeoutError' || name === 'AbortError') return networkError(url, `timed out after ${seconds(ms)}`);
	let cause = (error as {cause?: unknown}).cause ?? error;
	// Undici wraps some causes once more (an AggregateError of several addresses)
	if ((cause as {errors?: unknown[]}).errors?.[0]) cause = (cause as {errors: unknown[]}).errors[0];
	const code = String((cause as {code?: unknown}).code ?? '');
	if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NONAME') return networkError(url, 'host not found');
	if (code === 'ECONNREFUSED') return networkError(url, 'connection refused');
	if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return networkError(url, 'connection reset by the server');
	if (code === 'ETIMEDOUT' || code === 'UND_ERR_CONNECT_TIMEOUT' || code === 'UND_ERR_HEADERS_TIMEOUT') return networkError(url, `timed out after ${seconds(ms)}`);
	if (code === 'ENETUNREACH' || code === 'EHOSTUNREACH') return networkError(url, 'network unreachable');
	if (isTlsCode(code)) return networkError(url, `TLS error (${code})`);
	const message = (cause as Error).message ?? String(cause);
	return networkError(url, `cannot fetch (${code || message})`);
}

/** Only http and https are fetched: file:, data:, javascript: and the rest are refused (exit 2). */
export function checkScheme(url: URL) {
	if (url.protocol !== 'http:' && url.protocol !== 'https:') {
		throw new UserError(`${url.protocol} URLs are not opened, only http: and https: (${url.href.slice(0, 60)})`, exitCode.usage);
	}
}

/** The Content-Type's media type and charset. */
function contentType(header: string | null): {type: string; charset?: string} {
	const [type = '', ...parameters] = (header ?? '').split(';');
	const charset = parameters.map((part) => /^\s*charset\s*=\s*"?([^";\s]+)/i.exec(part)?.[1]).find(Boolean);
	return {type: type.trim().toLowerCase(), ...(charset ? {charset} : {})};
}

/** Reads the body to its end, refusing more than maxBodyBytes: reading stops there. */
async function readBody(response: Response, url: URL, progress?: Progress): Promise<Uint8Array> {
	const length = Number(response.headers.get('content-length'));
	// A compressed body's length is not the length read, but a declared length over the cap is surely too much
	if (Number.isFinite(length) && length > maxBodyBytes && !response.headers.get('content-encoding')) {
		await response.body?.cancel();
		throw new UserError(`${url.host}: too large (${Math.ceil(length / 1024 / 1024)} MiB; whosaid reads up to 10 MiB)`, exitCode.unavailable);
	}

	const chunks: Uint8Array[] = [];
	let total = 0;
	if (!response.body) return new Uint8Array(0);
	const reader = response.body.getReader();
	for (;;) {
		const {done, value} = await reader.read();
		if (done) break;
		total += value.length;
		if (total > maxBodyBytes) {
			await reader.cancel();
			throw new UserError(`${url.host}: too large (more than 10 MiB; whosaid reads up to 10 MiB)`, exitCode.unavailable);
		}

		chunks.push(value);
		progress?.(url.host, total);
	}

	return Buffer.concat(chunks, total);
}

/**
 * Fetches `address`: its bytes, media type and charset. Throws UserError (exit 2, 65 or 69) with one line.
 * `timeout` (ms) is the whole fetch's, redirects and body included.
 */
export async function fetchArticle(address: string, progress?: Progress, timeout = timeoutMs()): Promise<Fetched> {
	let url = new URL(address);
	checkScheme(url);
	const ms = timeout;
	const signal = AbortSignal.timeout(ms);
	const seen = new Set<string>([url.href]);
	try {
		for (let redirects = 0; ; redirects++) {
			progress?.(url.host, 0);
			const response = await fetch(url, {
				redirect: 'manual',
				signal,
				headers: {'user-agent': userAgent, accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,text/markdown;q=0.9,*/*;q=0.1'},
			});
			const location = response.headers.get('location');
			if (response.status >= 300 && response.status < 400 && location) {
				await response.body?.cancel();
				const next = new URL(location, url);
				checkScheme(next);
				if (seen.has(next.href)) throw networkError(url, `redirect loop (${next.href.slice(0, 80)} again)`);
				if (redirects + 1 > maxRedirects) throw networkError(url, `too many redirects (more than ${maxRedirects})`);
				seen.add(next.href);
				url = next;
				continue;
			}

			if (response.status >= 400 || response.status < 200 || response.status >= 300) {
				await response.body?.cancel();
				const reason = response.statusText ? ` ${response.statusText}` : '';
				throw networkError(url, `HTTP ${response.status}${reason}`);
			}

			const {type, charset} = contentType(response.headers.get('content-type'));
			if (type !== '' && !articleTypes.has(type)) {
				await response.body?.cancel();
				throw new UserError(`${url.host}: not an article (${type.slice(0, 60)}; whosaid reads text/html and text/plain)`, exitCode.dataError);
			}

			const bytes = await readBody(response, url, progress);
			return {bytes, type: type || 'text/plain', ...(charset ? {charset} : {}), url: url.href};
		}
	} catch (error) {
		throw describeFailure(error, url, ms);
	}
}
