// zod as the content schemas use it (`import * as z from './zod.ts'`): all of astro/zod, with the
// constructors below giving each schema editorError (errors.ts) as its own error map. zod asks a
// schema's own map before the one a parse passes in, so the build, where Astro parses with its
// map, and `npm run check:content` say the same thing about every value an editor gets wrong.

import * as zod from 'astro/zod';

import { editorError } from './errors.ts';

export * from 'astro/zod';

type Params<T> = Exclude<T, string | undefined>;

/** The caller's params, with editorError unless they bring an error of their own. */
const withEditorError = <T extends object>(params: T | undefined) => ({
	error: editorError,
	...params,
});

export function string(params?: Params<zod.core.$ZodStringParams>) {
	return zod.string(withEditorError(params));
}

export function url(params?: Params<zod.core.$ZodURLParams>) {
	return zod.url(withEditorError(params));
}

export function email(params?: Params<zod.core.$ZodEmailParams>) {
	return zod.email(withEditorError(params));
}

export function number(params?: Params<zod.core.$ZodNumberParams>) {
	return zod.number(withEditorError(params));
}

export function int(params?: Params<zod.core.$ZodCheckNumberFormatParams>) {
	return zod.int(withEditorError(params));
}

export function boolean(params?: Params<zod.core.$ZodBooleanParams>) {
	return zod.boolean(withEditorError(params));
}

function enumOf<const T extends readonly string[]>(
	values: T,
	params?: Params<zod.core.$ZodEnumParams>,
) {
	return zod.enum(values, withEditorError(params));
}
export { enumOf as enum };

export function array<T extends zod.core.SomeType>(
	element: T,
	params?: Params<zod.core.$ZodArrayParams>,
) {
	return zod.array(element, withEditorError(params));
}

export function record<Key extends zod.core.$ZodRecordKey, Value extends zod.core.SomeType>(
	key: Key,
	value: Value,
	params?: Params<zod.core.$ZodRecordParams>,
) {
	return zod.record(key, value, withEditorError(params));
}

/** Content objects are strict: a misspelt key is an error, never silently dropped. */
export function strictObject<T extends zod.core.$ZodLooseShape>(
	shape: T,
	params?: Params<zod.core.$ZodObjectParams>,
) {
	return zod.strictObject(shape, withEditorError(params));
}
