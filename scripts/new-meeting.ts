// `npm run new-meeting -- <slug>`: creates content/meetings/<slug>/ with the three files to fill in.
import { relative, resolve } from 'node:path';

import { meetingsDir } from '../src/lib/content/meetings-dir.ts';
import { meetingJsonSchemaPath } from '../src/lib/content/json-schema.ts';
import { scaffoldMeeting } from '../src/lib/content/scaffold.ts';

const slug = process.argv[2];
if (!slug || process.argv.length > 3) {
	console.error(
		'Usage: npm run new-meeting -- <name>   (for example: npm run new-meeting -- u4ssc-8)',
	);
	process.exit(1);
}
const root = meetingsDir();
const schema = relative(resolve(root, slug), resolve(meetingJsonSchemaPath));
const result = scaffoldMeeting(root, slug, schema);
if ('error' in result) {
	console.error(result.error);
	process.exit(1);
}
console.log(`Created:\n${result.created.map((file) => `  ${file}`).join('\n')}
Replace every value that starts with "REPLACE:" (the circular has the facts), then run
npm run check:content until it reports no problems.`);
