// The scroll embed's messages between the host page (embed.js) and the graphic-only iframe
// (/embed/scroll/): their shapes, and strict checks that everything received is one of them.
// Both sides also check the sender's origin and window before looking at a message at all.

export const READY = 'story-embed:ready';
export const STATE = 'story-embed:state';

/** One step's words, sent to the host page, which inserts them as text (never as markup). */
export interface StepText {
	id: string;
	kicker: string;
	title: string;
	body: string[];
}

/** iframe → host: the story's steps, once the graphic is ready. */
export interface ReadyMessage {
	type: typeof READY;
	title: string;
	steps: StepText[];
}

/** host → iframe: the active step and the reader's progress through it. */
export interface StateMessage {
	type: typeof STATE;
	index: number;
	progress: number;
}

const isText = (v: unknown, max = 5000): v is string => typeof v === 'string' && v.length <= max;

export function isStateMessage(data: unknown, steps: number): data is StateMessage {
	const m = data as StateMessage;
	return (
		typeof m === 'object' &&
		m !== null &&
		m.type === STATE &&
		Number.isInteger(m.index) &&
		m.index >= 0 &&
		m.index < steps &&
		typeof m.progress === 'number' &&
		m.progress >= 0 &&
		m.progress <= 1
	);
}

export function isReadyMessage(data: unknown): data is ReadyMessage {
	const m = data as ReadyMessage;
	if (typeof m !== 'object' || m === null || m.type !== READY || !isText(m.title, 500)) return false;
	if (!Array.isArray(m.steps) || m.steps.length === 0 || m.steps.length > 200) return false;
	return m.steps.every(
		(s) =>
			typeof s === 'object' &&
			s !== null &&
			isText(s.id, 100) &&
			/^[a-z0-9-]+$/.test(s.id) &&
			isText(s.kicker, 500) &&
			isText(s.title, 500) &&
			Array.isArray(s.body) &&
			s.body.length <= 20 &&
			s.body.every((p) => isText(p))
	);
}
