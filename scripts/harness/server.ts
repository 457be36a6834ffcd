// A small static file server for the built site that behaves like the static host it will live
// on: index.html for directories, a redirect to add the trailing slash, dist/404.html for the rest.
// Used by the e2e global setup and by scripts/screenshots.ts; plain node:http, no dependencies.

import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';

/** Content types by file extension; text types say utf-8 so Cyrillic never depends on sniffing. */
export const contentTypes: Readonly<Record<string, string>> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.map': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.ics': 'text/calendar; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.jpeg': 'image/jpeg',
	'.gif': 'image/gif',
	'.webp': 'image/webp',
	'.avif': 'image/avif',
	'.ico': 'image/x-icon',
	'.woff': 'font/woff',
	'.woff2': 'font/woff2',
	'.pdf': 'application/pdf',
};

export function contentTypeOf(path: string): string {
	return contentTypes[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

export interface StaticServer {
	/** Where the site answers, without a trailing slash: `http://127.0.0.1:40123`. */
	url: string;
	close(): Promise<void>;
}

/** Serves `root` (a built site) on 127.0.0.1 at a free port until `close()` is called. */
export async function serveStatic(root: string): Promise<StaticServer> {
	const dir = resolve(root);
	const index = await stat(join(dir, 'index.html')).catch(() => undefined);
	if (!index?.isFile()) {
		throw new Error(
			`There is no built site in ${dir} (index.html is missing). Run \`npm run build\` first; ` +
				'the browser tests and the screenshots use the built pages, not the dev server.',
		);
	}

	const server = createServer((request, response) => {
		handle(dir, request, response).catch((error: unknown) => {
			if (!response.headersSent) send(response, 500, 'text/plain; charset=utf-8', String(error));
			else response.destroy();
		});
	});
	await new Promise<void>((done, fail) => {
		server.once('error', fail);
		server.listen(0, '127.0.0.1', () => done());
	});
	const { port } = server.address() as AddressInfo;

	return {
		url: `http://127.0.0.1:${port}`,
		close: () =>
			new Promise<void>((done, fail) => {
				// Browsers keep connections alive; without this, close() waits for them to time out.
				server.closeAllConnections();
				server.close((error) => (error ? fail(error) : done()));
			}),
	};
}

async function handle(
	root: string,
	request: IncomingMessage,
	response: ServerResponse,
): Promise<void> {
	if (request.method !== 'GET' && request.method !== 'HEAD') {
		response.setHeader('Allow', 'GET, HEAD');
		return send(response, 405, 'text/plain; charset=utf-8', 'Method not allowed');
	}
	const url = new URL(request.url ?? '/', 'http://localhost');
	let pathname: string;
	try {
		pathname = decodeURIComponent(url.pathname);
	} catch {
		return send(response, 400, 'text/plain; charset=utf-8', 'Bad request');
	}

	const target = resolve(root, `.${pathname}`);
	// `..` and encoded slashes must not lead outside the site.
	if (target !== root && !target.startsWith(root + sep)) return notFound(root, request, response);

	if (pathname.endsWith('/')) {
		return serveFile(join(target, 'index.html'), 200, request, response, () =>
			notFound(root, request, response),
		);
	}
	const found = await stat(target).catch(() => undefined);
	if (found?.isDirectory()) {
		// Static hosts answer `/en` with a redirect to `/en/`, keeping the query string.
		response.writeHead(301, { Location: `${url.pathname}/${url.search}`, 'Content-Length': 0 });
		response.end();
		return;
	}
	return serveFile(target, 200, request, response, () => notFound(root, request, response));
}

function notFound(root: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
	return serveFile(join(root, '404.html'), 404, request, response, () =>
		send(response, 404, 'text/plain; charset=utf-8', 'Not found (and the site has no 404.html)'),
	);
}

async function serveFile(
	path: string,
	status: number,
	request: IncomingMessage,
	response: ServerResponse,
	otherwise: () => void | Promise<void>,
): Promise<void> {
	const file = await stat(path).catch(() => undefined);
	if (!file?.isFile()) {
		await otherwise();
		return;
	}
	response.writeHead(status, {
		'Content-Type': contentTypeOf(path),
		'Content-Length': file.size,
		// Every test run sees the freshly built files.
		'Cache-Control': 'no-store',
	});
	if (request.method === 'HEAD') {
		response.end();
		return;
	}
	await new Promise<void>((done, fail) => {
		createReadStream(path).on('error', fail).pipe(response).on('finish', done).on('error', fail);
	});
}

function send(response: ServerResponse, status: number, type: string, body: string): void {
	response.writeHead(status, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(body) });
	response.end(body);
}
