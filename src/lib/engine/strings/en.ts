// The engine's own words in English: buttons, notices, the generic charts' headings, the embed help
// page and the 404 page. A translated edition adds a file like this one beside a translated story.yaml;
// the story's own words (its key, its notes, its names) come from the story's folder, never from here.
// Each page's words are an export of their own, so a page's script carries only the words it shows
// (the story's pages: `en`; embed.js: `hostEn`; the help page: `helpEn`; the 404 page: `notFoundEn`).

/** The host-page script's words (embed.js: a part of their own, so the script carries no more). */
export const hostEn = {
	loading: 'Loading the story…',
	frameTitle: 'Map and chart of the story'
} as const;

export const en = {
	lang: 'en',
	// the story page
	skipToText: 'Skip to the story text',
	startReading: 'Start reading',
	reduceMotion: 'Reduce motion',
	dismissNotice: 'Dismiss notice',
	noSuchStep: (id: string) => `There is no step “${id}” in this story; showing the beginning.`,
	aboutStory: 'About this story',
	sources: 'Sources',
	contextMark: ' (context)',
	contextTitle: 'Context not stated in the source text',
	contextNote: ' (context not stated in the source text)',
	shareStep: 'Share this step',
	linkToStep: 'Link to this step',
	shareOutcome: { shared: 'Shared.', copied: 'Link copied.', cancelled: '', failed: 'Could not copy; use the link.' },
	stepCount: (n: number, total: number) => `${n}/${total}`,
	announce: (n: number, total: number, title: string) => `Step ${n} of ${total}: ${title}.`,
	mapLabel: 'Map:',
	chartLabel: 'Chart:',
	// the map
	mapMissing: 'The map for this step is missing.',
	mapFailed: (reason: string) => `The map could not be loaded: ${reason}. The text of the story is complete.`,
	artReasons: {
		network: 'the network request failed',
		status: (status: number) => `the server answered ${status}`,
		invalid: 'the map data is not valid'
	},
	tryAgain: 'Try again',
	loading: 'Loading…',
	legend: (heading: string) => `Legend: ${heading}`,
	keyButton: 'Key',
	keyNotes: (n: number) => (n === 1 ? '· 1 note' : `· ${n} notes`),
	// the charts
	showData: 'Show data',
	source: 'Source:',
	chartFailed: 'This chart could not be drawn. Its data is in the table (Show data).',
	unknownChart: (type: string) => `This chart ("${type}") is of a kind this page cannot draw. The step's text is complete.`,

	// the stepper embed
	previous: '← Previous',
	next: 'Next →',
	previousStep: 'Previous step',
	nextStep: 'Next step',
	of: (n: number, total: number) => `${n} of ${total}`,
	stepsNav: 'Steps',
	graphicGroup: 'Map and chart of the step shown',
	readFullStory: 'Read the full story',
	embedTitle: (title: string) => `${title} (embed)`,
	graphicTitle: (title: string) => `${title} (graphic)`,
	graphicHeading: (title: string) => `${title}: map and chart`
} as const;

export type Strings = typeof en;

export const notFoundEn = {
	title: 'Page not found',
	text: 'This page does not exist.',
	link: 'Read the story from the beginning'
} as const;

/** The embed help page (`/embed/help/`). */
export const helpEn = {
	title: (title: string) => `Embed “${title}”`,
	heading: (title: string) => `Embedding “${title}”`,
	description: 'How to embed the story in a news article.',
	intro:
		'The embed is a compact stepper: the map, the chart and one step’s text at a time, with Previous and Next buttons, arrow keys and swipes. It keeps its iframe as tall as its content with the pym.js protocol, the newsroom standard.',
	pymLink: 'About pym.js',
	whichStep: 'Which step it opens at',
	firstStep: 'First step shown',
	stepParam:
		'?step=<id> picks the first step; the reader can still move through all of them. To show one step alone, with no controls (a static figure), use ?only=<id>:',
	withPym: 'With pym.js (recommended)',
	withPymText: 'If your site already loads pym.js, use your usual snippet with this address. Otherwise paste:',
	copyPym: 'Copy the pym.js snippet',
	plain: 'Plain iframe (no script)',
	plainText: 'Where scripts are not allowed, a fixed-height iframe works; it will not resize itself.',
	copyIframe: 'Copy the iframe code',
	preview: 'Live preview',
	previewTitle: 'Preview of the embed',
	scroll: 'The full scroll, inside the article',
	scrollText:
		'For the real thing, with the map pinned while the story’s text scrolls past in your article, use the scroll embed: a small script (about 3 KB gzipped, no dependencies) builds the step texts in your page and a pinned, graphic-only iframe that follows your page’s scroll. Several can share a page. A link to your article with #<step-id> (or data-step="<step-id>" on the div) opens it at that step. The iframe inside the div is the fallback: where scripts are blocked, readers get the stepper.',
	copyScroll: 'Copy the scroll embed code',
	scrollPreview: 'Preview:',
	copied: (what: string) => `${what} copied.`,
	copyFailed: 'Could not copy: select the code and copy it.',
	snippet: 'Snippet',
	iframeCode: 'Iframe code',
	scrollCode: 'Scroll embed code'
} as const;
