// The one escaper for text written into markup by hand (the map art, static maps, social cards):
// & < > " ' as numeric character references. Pure.

export function escapeXml(s: string): string {
	return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
