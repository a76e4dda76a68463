import http from 'node:http';
import type {AddressInfo} from 'node:net';

export type Handler = (request: http.IncomingMessage, response: http.ServerResponse) => void;

/** An HTTP server on 127.0.0.1 with an ephemeral port, closed when the test ends: nothing beyond the machine. */
export async function serve(t: {teardown: (fn: () => Promise<void>) => void}, routes: Record<string, Handler>): Promise<string> {
	const server = http.createServer((request, response) => {
		const route = routes[request.url ?? ''];
		if (route) route(request, response);
		else response.writeHead(404, {'content-type': 'text/html'}).end('<h1>Not found</h1>');
	});
	await new Promise<void>((resolve) => {
		server.listen(0, '127.0.0.1', resolve);
	});
	t.teardown(
		async () =>
			new Promise<void>((resolve) => {
				server.closeAllConnections();
				server.close(() => {
					resolve();
				});
			}),
	);
	return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}
