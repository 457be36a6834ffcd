// The 7th U4SSC meeting's calendar event as a person reads it, shared by the tests of the
// add-to-calendar links and of the calendar files.

export const meetingLink = 'https://u4ssc.itu.int/latest-meetings/7th-meeting/';

/**
 * What the calendar app shows as the event's title and its notes in the meeting's own .ics file,
 * word for word: the short title, then the full title, the description, when it is in the
 * meeting's zone and how to take part, typeset (no-break spaces as \u00a0). The links and the
 * calendar feed give the notes from "When" on.
 */
export const calendarNotes = {
	en: {
		title: '7th U4SSC meeting',
		details: [
			'7th meeting of\u00a0the\u00a0United for\u00a0Smart Sustainable Cities initiative (U4SSC)',
			'',
			'The\u00a0seventh meeting of\u00a0the\u00a0U4SSC initiative will be\u00a0held virtually on\u00a020\u00a0June 2023. It\u00a0will provide an\u00a0update on\u00a0the\u00a0thematic groups, present the\u00a0latest publications and\u00a0KPI implementations, and\u00a0approve the\u00a0appointment of\u00a0the\u00a0new management team and\u00a0the\u00a0annual work plan for\u00a02023–2024.',
			'',
			'When: 20\u00a0June 2023, 09:30–16:00 Geneva time (CEST, UTC+2)',
			'Format: virtual (online)',
			'Language: English only',
			'Registration is\u00a0mandatory.',
			`Programme, registration and\u00a0how to\u00a0connect: ${meetingLink}`,
			'Announcement: https://meetings.example.org/en/meetings/u4ssc-7/',
			'Contact: u4ssc@itu.int, +41 22 730 6301',
		].join('\n'),
	},
	ru: {
		title: 'Седьмое собрание U4SSC',
		details: [
			'Седьмое собрание в\u00a0рамках инициативы «Объединение усилий в\u00a0целях построения „умных“ устойчивых городов» (U4SSC)',
			'',
			'Седьмое собрание в\u00a0рамках инициативы U4SSC будет проходить в\u00a0виртуальном формате 20\u00a0июня 2023\u00a0г. Будет представлена обновленная информация о\u00a0работе тематических групп, публикациях и\u00a0внедрении KPI U4SSC, будут утверждены назначение новой команды руководства и\u00a0годовой план работы на\u00a02023–2024\u00a0гг.',
			'',
			'Время проведения: 20\u00a0июня 2023\u00a0г., 09:30–16:00 (Женева, CEST, UTC+2)',
			'Формат: виртуальный (онлайн)',
			'Язык: только английский',
			'Регистрация обязательна.',
			`Программа, регистрация и\u00a0подключение: ${meetingLink}`,
			'Объявление: https://meetings.example.org/ru/meetings/u4ssc-7/',
			'Контактная информация: u4ssc@itu.int, +41 22 730 6301',
		].join('\n'),
	},
};
