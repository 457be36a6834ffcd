// Content collections: meeting facts and meeting texts, both read from the top-level `content/` folder
// (or from MEETINGS_DIR, which tests use to build other meetings), parsed as the checker parses them.

import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

import { readLikeTheChecker } from './lib/content/loader.ts';
import { meetingsDir } from './lib/content/meetings-dir.ts';
import { MeetingSchema } from './schemas/meeting.ts';
import { MeetingTextSchema } from './schemas/meeting-text.ts';

const base = meetingsDir();

/** `u4ssc-7/meeting.json` → `u4ssc-7`: a meeting is named by its folder. */
const meetings = defineCollection({
	loader: readLikeTheChecker(
		glob({
			pattern: '*/meeting.json',
			base,
			generateId: ({ entry }) => entry.split('/')[0] ?? entry,
		}),
	),
	schema: MeetingSchema,
});

/** `u4ssc-7/ru.mdx` → `u4ssc-7/ru`: the folder, then the language. */
const meetingTexts = defineCollection({
	loader: readLikeTheChecker(
		glob({
			pattern: '*/*.mdx',
			base,
			generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
		}),
	),
	schema: MeetingTextSchema,
});

export const collections = { meetings, meetingTexts };
