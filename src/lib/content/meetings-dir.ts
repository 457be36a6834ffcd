// Where the meetings are read from. MEETINGS_DIR lets a test build a site from other meetings
// (tests/fixtures/meetings) without touching content/; editors never need to set it.

/** The meetings folder, relative to the project root (or absolute), without a trailing slash. */
export function meetingsDir(env: Record<string, string | undefined> = process.env): string {
	const configured = env['MEETINGS_DIR']?.trim();
	return (configured || 'content/meetings').replace(/\/+$/, '');
}
