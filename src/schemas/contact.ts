// How to reach the organisers of a meeting.

import { email, phoneNumber } from './common.ts';
import * as z from './zod.ts';

export const ContactsSchema = z
	.strictObject({
		email: email.describe('E-mail address for questions about the meeting'),
		phone: phoneNumber.optional().describe('Telephone, international form: +41 22 730 6301'),
		fax: phoneNumber.optional().describe('Fax, international form: +41 22 730 5853'),
	})
	.describe('How to reach the organisers');

export type Contacts = z.output<typeof ContactsSchema>;
