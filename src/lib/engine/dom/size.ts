// An element's size, kept up to date by a ResizeObserver. Unlike `bind:clientWidth`, which reads the
// size at once when the element is set up (a forced layout in the middle of hydration or of a step
// change), the first size arrives with the observer's first report, after the browser's own layout.
// The size is passed on in the next animation frame, not inside the observer's callback: what the
// page redraws for it may change the size of other observed boxes (a card grows with its chart), and
// a size changed during the observers' own delivery is a "ResizeObserver loop" (undelivered
// notifications, reported as an error by every engine).
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
		let size: Size | null = null;
		let frame = 0;
		const observer = new ResizeObserver((entries) => {
			const last = entries[entries.length - 1];
			if (!last) return;
			size = entrySize(last);
			frame ||= requestAnimationFrame(() => {
				frame = 0;
				if (size) onSize(size);
			});
		});
		observer.observe(element);
		return () => {
			cancelAnimationFrame(frame);
			observer.disconnect();
		};
	};
}
