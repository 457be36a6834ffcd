// `npm run import -- <circular.docx|.txt> --slug <slug>`: drafts content/meetings/<slug>/ from an
// ITU circular and prints each fact with the line it came from, then what is left to fill in.
import { relative, resolve } from 'node:path';

import { meetingJsonSchemaPath } from '../src/lib/content/json-schema.ts';
import { meetingsDir } from '../src/lib/content/meetings-dir.ts';
import { formatReport } from '../src/lib/import/report.ts';
import { ImportError } from '../src/lib/import/source.ts';
import { importCircular } from '../src/lib/import/write.ts';

const usage =
	'Usage: npm run import -- <circular.docx or .txt> --slug <name>   (for example: npm run import -- circular-92.docx --slug u4ssc-7)';
const args = process.argv.slice(2);
const files: string[] = [];
let slug: string | undefined;
for (let i = 0; i < args.length; i++) {
	if (args[i] === '--slug') slug = args[++i];
	else files.push(args[i]!);
}
if (!slug || files.length !== 1 || slug.startsWith('--')) {
	console.error(usage);
	process.exit(1);
}
const root = meetingsDir();
const shownRoot = relative(process.cwd(), resolve(root)) || '.';
try {
	const result = await importCircular({
		file: files[0]!,
		slug,
		root,
		shownRoot,
		schemaPath: relative(resolve(root, slug), resolve(meetingJsonSchemaPath)),
	});
	console.log(formatReport(result, files[0]!));
} catch (error) {
	if (!(error instanceof ImportError)) throw error;
	console.error(error.message);
	process.exit(1);
}
