// The words of the engine's chart types in English: their tables' headings and their descriptions
// (computed at build time), and the few a drawing prints. Apart from en.ts so that only the drawings
// that print them carry them to the page.
/** The engine's chart types' words: their tables' headings and their descriptions (mostly computed at build time). */
export const chartsEn = {
	date: 'Date',
	event: 'Event',
	accordingTo: 'According to',
	from: 'From',
	to: 'To',
	low: (unit: string) => `${unit}, low`,
	high: (unit: string) => `${unit}, high`,
	asTheSourcePutsIt: 'As the source puts it',
	timeline: (span: string) => `Timeline, ${span}`,
	controlTimeline: (side: string, span: string) => `Timeline of control by ${side}, one row per district, ${span}.`,
	marked: 'Marked',
	areaHeld: (focus: string, side: string, span: string) => `Step chart of the share of ${focus}' area held by ${side}, ${span}`,
	alsoContested: (share: string) => `and ${share} fought over, front not mapped`,
	areas: 'Bar chart of areas in km², computed from the map’s polygons (approximate)',
	bars: 'Bar chart',
	ranges: (unit: string) => `Chart of ${unit} by district`,
	span: (from: string, to: string) => `${from} to ${to}`,
	fromDate: (value: string, date: string) => `${value} from ${date}`,
	inPart: (what: string) => `in part ${what}`,
	heldOn: (share: string, area: string, date: string, also: string) => `${share} (${area}) on ${date}${also ? `, ${also}` : ''}`
} as const;
