// `npm run schema`: rewrites schemas/meeting.schema.json from the zod schema in src/schemas.
import { writeFileSync } from 'node:fs';

import { meetingJsonSchemaPath, meetingJsonSchemaText } from '../src/lib/content/json-schema.ts';

writeFileSync(meetingJsonSchemaPath, meetingJsonSchemaText());
console.log(`Wrote ${meetingJsonSchemaPath}.`);
