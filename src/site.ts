// What the site's owner sets once, for every page in every language. (The site's address is
// given when building: SITE=https://… npm run build; see README, "Publish the site".)

/**
 * Who publishes the site: the person or organization answerable for it, named in the footer of
 * every page ("Published by …", «Издатель сайта: …»), written as it should read in both languages.
 * Until it is set the footer names no one (a production build warns); it always says that the
 * site is not an official publication of the meetings' organizers.
 */
export const publisher: string | undefined = undefined;
