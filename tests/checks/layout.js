// What a reader would see wrong in a layout, found in the page itself: text over other text, and text
// cut off by a box that hides what overflows it. One plain function, run in the page by Playwright
// (page.evaluate), by puppeteer (Firefox) and by selenium-webdriver (WebKit) alike: it must not use
// anything from outside its own body.

/**
 * The faults of the visible text inside the elements `selector` matches (all of them together):
 * - `overlap`: two pieces of text from different elements whose boxes intersect (by more than `slack` px
 *   each way);
 * - `clipped`: a piece of text that reaches past an ancestor (up to the root) whose overflow hides it, or
 *   an element whose content is wider or taller than its box where overflow hides it (an ellipsis).
 * Text is read from text nodes (Range boxes, one per line), so a label's own box does not count, only its
 * letters. Hidden text (display, visibility, opacity 0, visually-hidden clip, aria-hidden room lists, outside
 * the viewport) is skipped.
 * Text outside the viewport is skipped too, unless `viewportOnly` is false (a whole page without JavaScript).
 * @param {{ selector: string, slack?: number, viewportOnly?: boolean }} options
 * @returns {{ overlap: string[], clipped: string[], texts: number }}
 */
export function layoutFaults({ selector, slack = 1.5, viewportOnly = true }) {
	const roots = Array.from(document.querySelectorAll(selector));
	const vw = window.innerWidth;
	const vh = window.innerHeight;
	const name = (el) => {
		const id = el.id ? `#${el.id}` : '';
		const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).slice(0, 2).join('.')}` : '';
		return `${el.tagName.toLowerCase()}${id}${cls}`;
	};
	const shown = (el) => {
		for (let e = el; e && e.nodeType === 1; e = e.parentElement) {
			const cs = getComputedStyle(e);
			if (cs.display === 'none' || cs.visibility === 'hidden' || cs.visibility === 'collapse' || Number(cs.opacity) === 0) return false;
			if (e.getAttribute('aria-hidden') === 'true' && e.classList.contains('room')) return false;
			if (e.classList.contains('visually-hidden')) return false;
			if (e.tagName === 'DETAILS' && !e.open && e !== el) {
				// only the summary of a closed details is shown
				const summary = e.querySelector(':scope > summary');
				if (!summary || !summary.contains(el)) return false;
			}
		}
		return true;
	};
	/** The part of a box a reader can see through the scrolling boxes around it (null: none of it). */
	const seenThrough = (el, r) => {
		let box = { left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width, height: r.height };
		for (let e = el.parentElement; e; e = e.parentElement) {
			const cs = getComputedStyle(e);
			const sx = cs.overflowX === 'auto' || cs.overflowX === 'scroll';
			const sy = cs.overflowY === 'auto' || cs.overflowY === 'scroll';
			if (!sx && !sy) continue;
			const c = e.getBoundingClientRect();
			const left = sx ? Math.max(box.left, c.left) : box.left;
			const right = sx ? Math.min(box.right, c.right) : box.right;
			const top = sy ? Math.max(box.top, c.top) : box.top;
			const bottom = sy ? Math.min(box.bottom, c.bottom) : box.bottom;
			if (right - left < 1 || bottom - top < 1) return null;
			box = { left, right, top, bottom, width: right - left, height: bottom - top };
		}
		return box;
	};
	/** @type {{ el: Element, text: string, r: { left: number, right: number, top: number, bottom: number } }[]} */
	const pieces = [];
	for (const root of roots) {
		const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const text = node.textContent.trim();
			if (!text) continue;
			const el = node.parentElement;
			if (!el || !shown(el)) continue;
			const range = document.createRange();
			range.selectNodeContents(node);
			for (const rect of Array.from(range.getClientRects())) {
				if (rect.width < 1 || rect.height < 1) continue;
				// text scrolled out of a scrolling box is not on screen: only what shows through counts
				const r = seenThrough(el, rect);
				if (!r) continue;
				if (viewportOnly && (r.right < 0 || r.bottom < 0 || r.left > vw || r.top > vh)) continue;
				pieces.push({ el, text: text.slice(0, 40), r });
			}
		}
	}
	const overlap = [];
	for (let i = 0; i < pieces.length; i++) {
		for (let j = i + 1; j < pieces.length; j++) {
			const a = pieces[i];
			const b = pieces[j];
			if (a.el === b.el) continue;
			const x = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
			const y = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
			if (x > slack && y > slack) {
				// the one painted on top may cover the other on purpose only when it has a background
				overlap.push(`"${a.text}" (${name(a.el)}) × "${b.text}" (${name(b.el)}) by ${Math.round(x)}×${Math.round(y)} px`);
			}
		}
	}
	const clipped = [];
	// overflow that hides, or paint containment (contain: paint, content or strict), which clips alike
	const hiding = (o) => o === 'hidden' || o === 'clip';
	const paints = (cs) => /paint|content|strict/.test(cs.contain || '');
	const hides = (cs) => hiding(cs.overflowX) || hiding(cs.overflowY) || paints(cs);
	const seen = new Set();
	for (const p of pieces) {
		for (let e = p.el; e; e = e.parentElement) {
			const cs = getComputedStyle(e);
			const isSvg = e.tagName.toLowerCase() === 'svg';
			if (isSvg ? cs.overflow === 'visible' : !hides(cs)) {
				if (roots.includes(e)) break;
				continue;
			}
			const box = e.getBoundingClientRect();
			// cut along an axis the box hides (a scrolling axis shows the rest by scrolling)
			const cx = isSvg || paints(cs) || hiding(cs.overflowX);
			const cy = isSvg || paints(cs) || hiding(cs.overflowY);
			const out =
				(cx && (p.r.left < box.left - slack || p.r.right > box.right + slack)) ||
				(cy && (p.r.top < box.top - slack || p.r.bottom > box.bottom + slack));
			if (out) {
				const key = `${p.text}|${name(e)}`;
				if (!seen.has(key)) {
					seen.add(key);
					clipped.push(`"${p.text}" (${name(p.el)}) cut by ${name(e)}`);
				}
				break;
			}
			if (roots.includes(e)) break;
		}
	}
	// an element whose own text overflows a box that hides it (an ellipsis, a cut line)
	for (const root of roots) {
		for (const e of Array.from(root.querySelectorAll('*'))) {
			if (!(e instanceof HTMLElement) || !shown(e) || !e.textContent.trim()) continue;
			const cs = getComputedStyle(e);
			if (!hides(cs) && cs.textOverflow !== 'ellipsis') continue;
			if (e.scrollWidth > e.clientWidth + 1 || (hides(cs) && e.scrollHeight > e.clientHeight + 1 && cs.overflowY !== 'auto')) {
				if (e.classList.contains('visually-hidden')) continue;
				clipped.push(
					`${name(e)} "${e.textContent.trim().slice(0, 40)}" overflows its box (${e.scrollWidth}×${e.scrollHeight} in ${e.clientWidth}×${e.clientHeight})`
				);
			}
		}
	}
	return { overlap, clipped, texts: pieces.length };
}
