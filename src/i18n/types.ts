// Shapes shared by the dictionaries: a plain string, or plural forms chosen by Intl.PluralRules.

/** One text per CLDR plural category the language uses; `other` is always required. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
