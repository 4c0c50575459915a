// embed.js: the scroll-driven embed for a host article. For each `<div data-story-embed
// data-src="https://…/embed/scroll/">` it builds, inside the host page and in a shadow root (so no
// style leaks either way), a sticky graphic-only iframe and the story's step texts, which scroll past
// it in the host page. It watches the host's scroll and tells the iframe the active step and its
// progress; the iframe sends the texts. Messages are checked by origin and window both ways, and the
// texts are inserted as text. Dependency-free; built by scripts/build-embed.ts into /embed.js.
import { positionAt, samePosition, type ScrollPosition } from '../scroll/position';
import { triggerLine } from '../scroll/trigger';
import { idFromHash } from '../scroll/deeplink';
import { isReadyMessage, STATE, type StateMessage, type StepText } from './protocol';
import { hashOwner } from './claim';
import { TOKENS } from '../style/tokens';
import { hostEn } from '../strings/en';

const C = TOKENS;
const STYLE = `
:host { display: block; position: relative; margin: 2rem 0; container-type: inline-size; color: ${C.ink}; font: 18px/1.5 Georgia, 'Times New Roman', serif; }
.root { position: relative; }
.graphic { position: sticky; top: 0; height: 60vh; height: 60svh; z-index: 1; background: ${C.paper}; border-bottom: 1px solid ${C.rule}; }
.graphic iframe { display: block; width: 100%; height: 100%; border: 0; }
.steps { list-style: none; margin: 0; padding: 6vh 0 30vh; }
.step { min-height: 62vh; padding: 0 0.75rem; scroll-margin-top: 72vh; }
.card { max-width: 34rem; margin: 0 auto; background: ${C.card}; border: 1px solid ${C.rule}; border-left: 4px solid ${C.rule}; border-radius: 4px; padding: 0.9rem 1rem 0.5rem; }
.step.active .card { border-left-color: ${C.accent}; box-shadow: 0 2px 10px ${C.shadow}; }
.kicker { margin: 0 0 0.3rem; font: 600 0.8rem/1.3 system-ui, sans-serif; letter-spacing: 0.04em; text-transform: uppercase; color: ${C.accent}; }
h3 { margin: 0 0 0.5rem; font: 700 1.25rem/1.25 Georgia, serif; }
p { margin: 0 0 0.7rem; }
.status { font: 0.9rem system-ui, sans-serif; color: ${C.muted}; padding: 1rem; }
@container (min-width: 880px) {
	.root.wide { display: grid; grid-template-columns: minmax(18rem, 40%) 1fr; }
	.root.wide .graphic { grid-column: 2; grid-row: 1; height: 100vh; height: 100svh; border-bottom: 0; border-left: 1px solid ${C.rule}; }
	.root.wide .steps { grid-column: 1; grid-row: 1; padding: 40vh 0 50vh; }
	.root.wide .step { min-height: 95vh; scroll-margin-top: 55vh; }
}
@media (prefers-reduced-motion: reduce) { * { transition: none !important; } }
`;

interface Embed {
	root: HTMLElement;
	iframe: HTMLIFrameElement;
	origin: string;
	steps: HTMLElement[];
	stack: HTMLElement;
	graphic: HTMLElement;
	last: ScrollPosition | null;
	startStep: string | null;
	/** The step ids its iframe reported; null until then. */
	ids: string[] | null;
	/** Its iframe did not report in time: a link to a step need not wait for it. */
	gaveUp: boolean;
}

const embeds: Embed[] = [];
/** How long a link to a step waits for an earlier embed's iframe before passing it over. */
const REPORT_WAIT_MS = 5000;
/** The step the article's address links to (#<step-id>), until an embed takes it. */
let linkedStep: string | null = null;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
	const el = document.createElement(tag);
	if (className) el.className = className;
	if (text !== undefined) el.textContent = text;
	return el;
}

const layouts = new WeakMap<Embed, { width: number; height: number; stacked: boolean }>();

/** Whether the embed's layout is stacked, read once per viewport size (not every scroll frame). */
function stacked(e: Embed): boolean {
	const known = layouts.get(e);
	if (known && known.width === window.innerWidth && known.height === window.innerHeight) return known.stacked;
	const value = getComputedStyle(e.stack).display !== 'grid';
	layouts.set(e, { width: window.innerWidth, height: window.innerHeight, stacked: value });
	return value;
}

function trigger(e: Embed): number {
	return triggerLine(window.innerHeight, e.graphic.offsetHeight, stacked(e));
}

function post(e: Embed, message: StateMessage) {
	e.iframe.contentWindow?.postMessage(message, e.origin);
}

function update(e: Embed) {
	if (!e.steps.length) return;
	const rect = e.root.getBoundingClientRect();
	if (rect.bottom < 0 || rect.top > window.innerHeight) return; // off screen: nothing to follow
	const next = positionAt(
		e.steps.map((s) => s.getBoundingClientRect()),
		trigger(e)
	);
	if (e.last && samePosition(e.last, next)) return;
	if (!e.last || e.last.index !== next.index) {
		e.steps.forEach((s, i) => {
			s.classList.toggle('active', i === next.index);
			if (i === next.index) s.setAttribute('aria-current', 'step');
			else s.removeAttribute('aria-current');
		});
	}
	e.last = next;
	post(e, { type: STATE, index: next.index, progress: next.progress });
}

function showTexts(e: Embed, steps: StepText[]) {
	const list = element('ol', 'steps');
	e.steps = steps.map((s) => {
		const li = element('li', 'step');
		li.setAttribute('data-step-id', s.id);
		const card = element('div', 'card');
		card.append(element('p', 'kicker', s.kicker), element('h3', undefined, s.title), ...s.body.map((p) => element('p', undefined, p)));
		li.append(card);
		list.append(li);
		return li;
	});
	e.stack.querySelector('.steps')?.remove();
	e.stack.append(list);
	e.last = null;
	e.ids = steps.map((s) => s.id);
	// a link to a step: data-step on the embed, or #<step-id> in the article's address (taken by the
	// first embed in the page that has that step, whichever iframe reports first)
	if (e.startStep) jumpTo(e, e.startStep);
	claimLinkedStep();
	update(e);
}

/** Scrolls the host page so the embed's step is at the trigger line. */
function jumpTo(e: Embed, id: string) {
	const index = e.ids?.indexOf(id) ?? -1;
	if (index <= 0) return;
	const top = e.steps[index].getBoundingClientRect().top + window.scrollY - trigger(e) + 2;
	window.scrollTo({ top: Math.max(0, top), behavior: 'instant' });
}

function claimLinkedStep() {
	if (!linkedStep) return;
	const owner = hashOwner(embeds, linkedStep);
	if (owner === 'wait') return;
	const id = linkedStep;
	linkedStep = null;
	if (owner === null) return;
	const e = embeds[owner];
	jumpTo(e, id);
	e.last = null;
	update(e);
}

function mount(host: HTMLElement) {
	const src = host.getAttribute('data-src');
	if (!src || host.hasAttribute('data-story-embed-ready')) return;
	let url: URL;
	try {
		url = new URL(src, location.href);
	} catch {
		return;
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') return;
	host.setAttribute('data-story-embed-ready', '');
	url.searchParams.set('host', location.origin);
	// what the snippet put inside (the plain stepper iframe, for hosts that block scripts) gives way
	host.replaceChildren();
	const shadow = host.attachShadow({ mode: 'open' });
	const style = element('style');
	style.textContent = STYLE;
	const stack = element('div', 'root wide');
	const graphic = element('div', 'graphic');
	const iframe = element('iframe');
	iframe.src = url.href;
	iframe.title = host.getAttribute('data-title') ?? hostEn.frameTitle;
	iframe.setAttribute('loading', 'eager');
	graphic.append(iframe);
	const status = element('p', 'status steps', hostEn.loading);
	stack.append(graphic, status);
	shadow.append(style, stack);
	const e: Embed = {
		root: host,
		iframe,
		origin: url.origin,
		steps: [],
		stack,
		graphic,
		last: null,
		startStep: host.getAttribute('data-step'),
		ids: null,
		gaveUp: false
	};
	embeds.push(e);
	setTimeout(() => {
		e.gaveUp = !e.ids;
		claimLinkedStep();
	}, REPORT_WAIT_MS);
}

function onMessage(event: MessageEvent) {
	// only our own iframes, from the story's origin
	const e = embeds.find((x) => x.iframe.contentWindow === event.source);
	if (!e || event.origin !== e.origin || !isReadyMessage(event.data)) return;
	showTexts(e, event.data.steps);
}

let frame = 0;
function schedule() {
	if (!frame)
		frame = requestAnimationFrame(() => {
			frame = 0;
			embeds.forEach(update);
		});
}

let resizeTimer: ReturnType<typeof setTimeout> | undefined;
function onResize() {
	clearTimeout(resizeTimer);
	resizeTimer = setTimeout(() => {
		for (const e of embeds) {
			e.last = null;
			update(e);
		}
	}, 150);
}

function start() {
	if (location.hash && !embeds.length) linkedStep = idFromHash(location.hash);
	document.querySelectorAll<HTMLElement>('[data-story-embed]').forEach(mount);
}

const w = window as Window & { __storyEmbed?: { start(): void } };
if (!w.__storyEmbed) {
	w.__storyEmbed = { start };
	window.addEventListener('message', onMessage);
	window.addEventListener('scroll', schedule, { passive: true });
	window.addEventListener('resize', onResize);
}
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
