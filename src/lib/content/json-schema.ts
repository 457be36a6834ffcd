// The JSON Schema of meeting.json, generated from the zod schema so editors' tools (VS Code and
// others) complete fields and flag mistakes while typing; `npm run schema` writes it.

import { z } from 'astro/zod';

import { MeetingSchema } from '../../schemas/meeting.ts';

/** Where the committed schema lives, relative to the project root. */
export const meetingJsonSchemaPath = 'schemas/meeting.schema.json';

/**
 * The schema as the committed file's text. Rules zod checks in code (real dates, IANA zones,
 * sessions inside the meeting) cannot be said in JSON Schema; `npm run check:content` checks them.
 */
export function meetingJsonSchemaText(): string {
	const { $schema, ...schema } = z.toJSONSchema(MeetingSchema, {
		io: 'input',
		target: 'draft-2020-12',
	});
	const titled = { $schema, title: 'Facts of one meeting (meeting.json)', ...schema };
	return `${JSON.stringify(titled, null, '\t')}\n`;
}
