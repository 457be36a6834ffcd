// The text of one meeting in one language: the front matter of `content/meetings/<slug>/<lang>.mdx`.

import { httpsUrl, text } from './common.ts';
import { says } from './errors.ts';
import * as z from './zod.ts';

const textList = (what: string) => z.array(text).min(1, { error: `list at least one ${what}` });

export const MeetingTextSchema = z
	.strictObject({
		title: text.describe('Full title of the meeting, as in the announcement'),
		shortTitle: text
			.max(60, {
				error: says(
					'keep the short title within 60 characters; calendars show it in their day and week grids',
				),
			})
			.describe(
				'Short title for calendars, lists and the browser tab, at most 60 characters: 7th U4SSC meeting',
			),
		description: text
			.max(300, {
				error: says('keep the description under 300 characters; it is shown in search results'),
			})
			.describe('One or two sentences saying what the meeting is'),
		timeZonePlace: text.describe('The city whose clock the times follow: Geneva'),
		circular: z
			.strictObject({
				reference: text.describe('The announcement’s reference: TSB Circular 92'),
				place: text.describe('Where it was issued: Geneva'),
				url: httpsUrl
					.optional()
					.describe(
						'The official document in this language, which the page links as its source: https://www.itu.int/md/T22-TSB-CIR-0092/en',
					),
				addressees: textList('addressee').describe('To whom the announcement is addressed'),
				copiesTo: z.array(text).describe('Who receives a copy'),
			})
			.describe('The official announcement'),
		organizers: z
			.record(
				z.string(),
				z.strictObject({
					name: text.describe('Full name of the organisation in this language'),
					abbreviation: text
						.optional()
						.describe('Its usual abbreviation in this language: ITU, МСЭ'),
				}),
			)
			.describe('Name of each organiser listed in meeting.json, by its id'),
		initiative: z
			.strictObject({
				name: text.describe('Name of the initiative: United for Smart Sustainable Cities'),
				abbreviation: text.optional().describe('U4SSC'),
				goal: text.describe('Wording of the Sustainable Development Goal it serves'),
			})
			.optional()
			.describe('The initiative behind the meeting series, when meeting.json names one'),
		venue: z
			.strictObject({
				name: text.describe('Name of the building or room: ITU headquarters, Popov Room'),
				address: text.describe('Street address, city and country, on one line'),
			})
			.optional()
			.describe('Where an in-person or hybrid meeting takes place; leave out for virtual meetings'),
		programme: z
			.record(z.string(), text)
			.optional()
			.describe('Title of each session of meeting.json’s programme, by session id'),
		keyDeadlines: z
			.record(z.string(), text)
			.optional()
			.describe('What is due by each deadline of meeting.json, by its id: Submit contributions'),
		objectives: textList('objective').describe('What the meeting is to achieve, one item each'),
		eligibility: textList('group of participants').describe('Who may take part, one group each'),
	})
	.describe('Text of one meeting in one language');

export type MeetingText = z.output<typeof MeetingTextSchema>;
