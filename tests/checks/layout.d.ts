// Types of layout.js (plain JavaScript, so that every browser driver can run its source in a page).
export interface LayoutFaults {
	overlap: string[];
	clipped: string[];
	texts: number;
}
export function layoutFaults(options: { selector: string; slack?: number; viewportOnly?: boolean }): LayoutFaults;
