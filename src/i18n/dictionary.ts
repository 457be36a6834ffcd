// The shape every dictionary has: the English one's keys, each a string or plural forms.

import type { en } from './en.ts';
import type { PluralForms } from './types.ts';

type Reference = typeof en;
export type UIKey = keyof Reference;
/** Every language has exactly the English keys; plural entries stay plural. */
export type Dictionary = {
	[K in UIKey]: Reference[K] extends string ? string : PluralForms;
};
export type TextKey = { [K in UIKey]: Reference[K] extends string ? K : never }[UIKey];
export type PluralKey = Exclude<UIKey, TextKey>;
