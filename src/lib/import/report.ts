// What `npm run import` prints: each fact with the line of the circular it came from, then each
// field left for the editor, in the words `npm run check:content` will use for them.

import { languageNames } from './draft.ts';
import { quote, type ImportResult } from './write.ts';

function shown(value: unknown): string {
	if (Array.isArray(value)) {
		return value.every((item) => typeof item === 'string' && item.length <= 12)
			? JSON.stringify(value)
			: `${value.length} item${value.length === 1 ? '' : 's'}`;
	}
	return typeof value === 'string' ? quote(value, 60) : JSON.stringify(value);
}

function shorten(text: string, max: number): string {
	return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function table(rows: string[][]): string[] {
	const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
	return rows.map((row) =>
		`  ${row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ')}`.trimEnd(),
	);
}

export function formatReport(result: ImportResult, file: string): string {
	const language = languageNames[result.language].en;
	const lines: string[] = [];
	lines.push(
		result.merged
			? `Added the ${language} text to ${result.dir}/ from ${file}; its facts agree with meeting.json.`
			: `Drafted ${result.dir}/ from ${file} (${language}):`,
	);
	for (const { file: name, as } of result.written) {
		lines.push(`  ${name}${as === 'skeleton' ? ' (a skeleton for the other language)' : ''}`);
	}
	lines.push('', 'Read from the circular:');
	lines.push(
		...table(
			result.facts.map((fact) => [
				`${fact.file === 'meeting.json' ? '' : `${fact.file} `}${fact.field}`,
				shown(fact.value),
				fact.line
					? `line ${fact.line.number}: ${quote(fact.words ?? fact.line.text, 50)}`
					: `from ${fact.via ?? 'the circular'}`,
			]),
		),
	);
	lines.push('');
	if (result.left.length === 0) {
		lines.push('Nothing is left to fill in.');
	} else {
		lines.push(`Left for the editor (${result.left.length}, each marked REPLACE:):`);
		// The files hold each hint in full; the report keeps to a line each.
		lines.push(
			...table(
				result.left.map((field) => [`${field.file} ${field.field}`, shorten(field.hint, 90)]),
			),
		);
	}
	lines.push(
		'',
		'Check the facts against the circular, fill in the rest, then run npm run check:content.',
	);
	return lines.join('\n');
}
