// The build reads meeting files as `npm run check:content` does: Astro's glob loader keeps
// finding, caching and watching the files, but meeting.json and the front matter of each .mdx are
// parsed by files.ts, so a byte-order mark is ignored and a duplicate JSON key or a YAML value cut
// by " #" stops the build with the checker's own words, instead of being read differently.

import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

import type { Loader, LoaderContext } from 'astro/loaders';

import { parseFrontmatter, parseJson } from './files.ts';
import { formatProblems } from './rules.ts';

/** What Astro's loaders are handed for each file extension (not part of the typed context). */
interface EntryType {
	getEntryInfo(params: { contents: string; fileUrl: URL }): unknown;
}

/** `inner` (a glob loader), reading JSON and front matter through the checker's parsers. */
export function readLikeTheChecker(inner: Loader): Loader {
	return {
		name: `${inner.name} (read like check:content)`,
		load(context) {
			const { entryTypes } = context as LoaderContext & { entryTypes?: unknown };
			if (!(entryTypes instanceof Map)) {
				// Astro passes its parsers to loaders; should a release stop doing so, say where to look.
				throw new Error(
					'Astro no longer hands loaders their entry types; src/lib/content/loader.ts must be updated',
				);
			}
			const root = fileURLToPath(context.config.root);
			const checked = new Map(
				[...(entryTypes as Map<string, EntryType>)].map(([extension, type]) => [
					extension,
					extension === '.json' || extension === '.mdx'
						? checkedEntryType(extension, type, root)
						: type,
				]),
			);
			return inner.load({ ...context, entryTypes: checked } as LoaderContext);
		},
	};
}

function checkedEntryType(extension: string, type: EntryType, root: string): EntryType {
	return {
		...type,
		getEntryInfo(params) {
			const path = fileURLToPath(params.fileUrl);
			const shown = relative(root, path).startsWith('..') ? path : relative(root, path);
			const read =
				extension === '.json'
					? parseJson(params.contents, shown)
					: parseFrontmatter(params.contents, shown);
			if ('problems' in read) {
				const error = new Error(
					`The meeting content has ${read.problems.length} problem(s):\n${formatProblems(read.problems)}`,
				);
				// Astro shows `loc` as the error's location, in place of this file's line.
				throw Object.assign(error, { loc: { file: path, line: read.problems[0]?.line ?? 1 } });
			}
			// JSON is taken as read here; Astro's own front matter reader also gives the body.
			if (extension === '.json') return { data: read.data };
			return type.getEntryInfo({ ...params, contents: params.contents.replace(/^\uFEFF/, '') });
		},
	};
}
