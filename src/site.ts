// What the site's owner sets once, for every page in every language. (The site's address is
// given when building: SITE=https://… npm run build; see README, "Publish the site".)

/**
 * Who publishes the site: the person or organization answerable for it, named in the footer of
 * every page ("Published by …", «Издатель сайта: …»). Write the name as it should read on pages in
 * both languages.
 */
export const publisher = 'Example Publisher';

/** The value above until the owner changes it; a production build warns while it is unchanged. */
export const placeholderPublisher = 'Example Publisher';
