// Builds a Word file from a test circular in plain text, laid out as ITU lays out its letters:
// the header (place and date, Ref, To, Copy, contacts) as a table, numbered paragraphs with a tab
// after the number, bullets as a real Word list, and the key deadlines as a table.
import {
	AlignmentType,
	Document,
	LevelFormat,
	Packer,
	Paragraph,
	Tab,
	Table,
	TableCell,
	TableRow,
	TextRun,
} from 'docx';

function paragraph(text: string): Paragraph {
	const [first = '', ...rest] = text.split('\t');
	return new Paragraph({
		children: [
			new TextRun(first),
			...rest.map((part) => new TextRun({ children: [new Tab(), part] })),
		],
	});
}

function row(cells: string[]): TableRow {
	return new TableRow({
		children: cells.map((cell) => new TableCell({ children: [new Paragraph(cell)] })),
	});
}

/** The .docx bytes of `text`, a circular written as the test fixtures are. */
export async function circularDocx(text: string): Promise<Buffer> {
	const lines = text.split('\n');
	const bodyStart = lines.findIndex((line) => /^(?:Dear|Уважаем)/.test(line));
	const header = lines.slice(0, bodyStart).filter((line) => line.trim());
	const children: (Paragraph | Table)[] = [
		new Table({ rows: header.map((line) => row(line.replace(/^\t/, '').split('\t'))) }),
	];
	let deadlines: TableRow[] = [];
	const flush = () => {
		if (deadlines.length > 0) children.push(new Table({ rows: deadlines }));
		deadlines = [];
	};
	for (const line of lines.slice(bodyStart)) {
		if (/^\d{1,2} [\p{L}]+\.?(?: \d{4})?(?: г\.)?\t/u.test(line)) {
			deadlines.push(row(line.split('\t')));
			continue;
		}
		flush();
		const bullet = /^[–•-]\t(.*)$/.exec(line);
		children.push(
			bullet
				? new Paragraph({ text: bullet[1]!, numbering: { reference: 'bullets', level: 0 } })
				: paragraph(line),
		);
	}
	flush();
	const document = new Document({
		numbering: {
			config: [
				{
					reference: 'bullets',
					levels: [
						{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT },
					],
				},
			],
		},
		sections: [{ children }],
	});
	return Packer.toBuffer(document);
}
