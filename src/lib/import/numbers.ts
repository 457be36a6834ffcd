// Numbers as circulars write them: ordinals ("seventh", «седьмое», "7th", «7-е») and cardinals
// ("nineteen", «девятнадцать», "19"), in English and Russian, up to 999.

const englishUnits = [
	'zero',
	'one',
	'two',
	'three',
	'four',
	'five',
	'six',
	'seven',
	'eight',
	'nine',
	'ten',
	'eleven',
	'twelve',
	'thirteen',
	'fourteen',
	'fifteen',
	'sixteen',
	'seventeen',
	'eighteen',
	'nineteen',
];
const englishTens = [
	'',
	'',
	'twenty',
	'thirty',
	'forty',
	'fifty',
	'sixty',
	'seventy',
	'eighty',
	'ninety',
];
/** Ordinals that are not the cardinal plus "th". */
const englishOrdinals: Record<string, number> = {
	first: 1,
	second: 2,
	third: 3,
	fifth: 5,
	eighth: 8,
	ninth: 9,
	twelfth: 12,
};

/** "nineteen" → 19, "twenty-one" → 21, "one hundred and five" → 105; undefined when not a number. */
function englishCardinal(words: string): number | undefined {
	let total = 0;
	let seen = false;
	for (const word of words
		.toLowerCase()
		.split(/[\s-]+/)
		.filter((w) => w && w !== 'and')) {
		const unit = englishUnits.indexOf(word);
		const ten = englishTens.indexOf(word);
		if (unit >= 0) total += unit;
		else if (ten >= 2) total += ten * 10;
		else if (word === 'hundred') total = (total || 1) * 100;
		else return undefined;
		seen = true;
	}
	return seen ? total : undefined;
}

/** "seventh" → 7, "twenty-first" → 21, "7th" → 7. */
export function englishOrdinal(text: string): number | undefined {
	const trimmed = text.trim().toLowerCase();
	const digits = /^(\d{1,3})(?:st|nd|rd|th)$/.exec(trimmed);
	if (digits) return Number(digits[1]);
	const words = trimmed.split(/[\s-]+/);
	const last = words.pop();
	if (!last) return undefined;
	let lastValue = englishOrdinals[last];
	if (lastValue === undefined && last.endsWith('th')) {
		const base = last.slice(0, -2);
		const cardinal = englishCardinal(base.endsWith('tie') ? `${base.slice(0, -3)}ty` : base);
		// "fourth", "sixth", "hundredth"; "nineth" is not a word, "ninth" is handled above.
		if (cardinal !== undefined && base !== 'nine') lastValue = cardinal;
	}
	if (lastValue === undefined) return undefined;
	if (words.length === 0) return lastValue;
	const before = englishCardinal(words.join(' '));
	return before === undefined ? undefined : before + lastValue;
}

/** "19" or "nineteen" → 19. */
export function englishNumber(text: string): number | undefined {
	const trimmed = text.trim();
	return /^\d+$/.test(trimmed) ? Number(trimmed) : englishCardinal(trimmed);
}

// Russian ordinals decline (седьмое собрание, седьмого собрания, седьмой встрече): match the stem.
const russianOrdinalStems: [string, number][] = [
	['перв', 1],
	['втор', 2],
	['трет', 3],
	['четвёрт', 4],
	['четверт', 4],
	['пят', 5],
	['шест', 6],
	['седьм', 7],
	['восьм', 8],
	['девят', 9],
	['десят', 10],
	['одиннадцат', 11],
	['двенадцат', 12],
	['тринадцат', 13],
	['четырнадцат', 14],
	['пятнадцат', 15],
	['шестнадцат', 16],
	['семнадцат', 17],
	['восемнадцат', 18],
	['девятнадцат', 19],
	['двадцат', 20],
	['тридцат', 30],
	['сороков', 40],
	['пятидесят', 50],
	['шестидесят', 60],
	['семидесят', 70],
	['восьмидесят', 80],
	['девяност', 90],
	['сот', 100],
];
const russianOrdinalEnding =
	/^(?:ый|ий|ой|ое|ая|ого|ому|ом|ую|ые|ых|ым|ыми|ь(?:е|я|ей|его|ему|ем|ю|и|их|им))$/;

const russianCardinals: Record<string, number> = {
	ноль: 0,
	один: 1,
	одна: 1,
	одно: 1,
	два: 2,
	две: 2,
	три: 3,
	четыре: 4,
	пять: 5,
	шесть: 6,
	семь: 7,
	восемь: 8,
	девять: 9,
	десять: 10,
	одиннадцать: 11,
	двенадцать: 12,
	тринадцать: 13,
	четырнадцать: 14,
	пятнадцать: 15,
	шестнадцать: 16,
	семнадцать: 17,
	восемнадцать: 18,
	девятнадцать: 19,
	двадцать: 20,
	тридцать: 30,
	сорок: 40,
	пятьдесят: 50,
	шестьдесят: 60,
	семьдесят: 70,
	восемьдесят: 80,
	девяносто: 90,
	сто: 100,
	двести: 200,
	триста: 300,
	четыреста: 400,
	пятьсот: 500,
};

/** One declined Russian ordinal word: «седьмого» → 7; undefined for other words. */
function russianOrdinalWord(word: string): number | undefined {
	const lower = word.toLowerCase();
	// Longest stem first, so «девятнадцат» wins over «девят».
	const sorted = [...russianOrdinalStems].sort((a, b) => b[0].length - a[0].length);
	for (const [stem, value] of sorted) {
		if (lower.startsWith(stem) && russianOrdinalEnding.test(lower.slice(stem.length))) return value;
	}
	return undefined;
}

/** «седьмое» → 7, «двадцать первое» → 21, «7-е» → 7. */
export function russianOrdinal(text: string): number | undefined {
	const trimmed = text.trim().toLowerCase();
	const digits = /^(\d{1,3})(?:-?(?:[а-яё]{1,3}))?$/.exec(trimmed);
	if (digits) return Number(digits[1]);
	const words = trimmed.split(/\s+/);
	const last = russianOrdinalWord(words.pop() ?? '');
	if (last === undefined) return undefined;
	let total = last;
	for (const word of words) {
		const value = russianCardinals[word];
		if (value === undefined) return undefined;
		total += value;
	}
	return total;
}

/** «19» or «девятнадцать» → 19. */
export function russianNumber(text: string): number | undefined {
	const trimmed = text.trim().toLowerCase();
	if (/^\d+$/.test(trimmed)) return Number(trimmed);
	let total = 0;
	for (const word of trimmed.split(/\s+/)) {
		const value = russianCardinals[word];
		if (value === undefined) return undefined;
		total += value;
	}
	return total;
}

/** Word patterns that may hold a number, for searching running text. */
export const ordinalPattern = {
	en: String.raw`(?:\d{1,3}(?:st|nd|rd|th)|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\s-])?[a-z]+(?:st|nd|rd|th))`,
	ru: String.raw`(?:\d{1,3}-?[а-яё]{0,3}|(?:(?:двадцать|тридцать|сорок|пятьдесят|шестьдесят|семьдесят|восемьдесят|девяносто)\s)?[а-яё]+)`,
} as const;
export const cardinalPattern = {
	en: String.raw`(?:\d+|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\s-])?[a-z]+)`,
	ru: String.raw`(?:\d+|(?:(?:двадцать|тридцать|сорок|пятьдесят|шестьдесят|семьдесят|восемьдесят|девяносто)\s)?[а-яё]+)`,
} as const;

export const ordinal = { en: englishOrdinal, ru: russianOrdinal } as const;
export const cardinal = { en: englishNumber, ru: russianNumber } as const;
