// An element's size, kept up to date by a ResizeObserver. Unlike `bind:clientWidth`, which reads the
// size at once when the element is set up (a forced layout in the middle of hydration or of a step
// change), the first size arrives with the observer's first report, after the browser's own layout.
import type { Attachment } from 'svelte/attachments';

export interface Size {
	width: number;
	height: number;
}

/** The content box of an observer entry, in whole CSS pixels (as clientWidth and clientHeight round). */
export function entrySize(entry: Pick<ResizeObserverEntry, 'contentRect' | 'contentBoxSize'>): Size {
	const box = entry.contentBoxSize?.[0];
	const width = box ? box.inlineSize : entry.contentRect.width;
	const height = box ? box.blockSize : entry.contentRect.height;
	return { width: Math.round(width), height: Math.round(height) };
}

/** `{@attach observeSize((s) => …)}`: calls back with the element's size on every change. */
export function observeSize(onSize: (size: Size) => void): Attachment<HTMLElement> {
	return (element) => {
		if (typeof ResizeObserver !== 'function') {
			onSize({ width: element.clientWidth, height: element.clientHeight });
			return;
		}
		const observer = new ResizeObserver((entries) => {
			const last = entries[entries.length - 1];
			if (last) onSize(entrySize(last));
		});
		observer.observe(element);
		return () => observer.disconnect();
	};
}
