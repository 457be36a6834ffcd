// /robots.txt: everything may be crawled; the sitemap's address follows the `site` setting.
import type { APIRoute } from 'astro';

import { requireSite } from '../lib/seo/links.ts';

export const GET: APIRoute = ({ site }) =>
	new Response(
		`User-agent: *\nAllow: /\n\nSitemap: ${new URL('sitemap-index.xml', requireSite(site)).href}\n`,
		{
			headers: { 'Content-Type': 'text/plain; charset=utf-8' },
		},
	);
