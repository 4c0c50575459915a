// The charts' drawings, loaded when a step needs one: each chart type's one component (the only .svelte
// file in its folder: src/lib/engine/chart/types/<type>/, src/stories/<slug>/charts/<type>/), each its
// own chunk. A drawing is known by its key: the type for the engine's, '<slug>/<type>' for a story's own
// (drawingKey resolves a step's type, the story's own first, as the registry does). A page loads the drawing of the step it opens with before it starts (routes/+layout.ts), so
// the server's markup and the page agree; the graphic loads its neighbours' as the reader moves.
import type { Component } from 'svelte';
import type { ChartProps } from './types';

type Drawing = Component<ChartProps>;
type Module = { default: Drawing };

const modules = import.meta.glob<Module>(['/src/lib/engine/chart/types/*/*.svelte', '/src/stories/*/charts/*/*.svelte']);
const loaders: Record<string, () => Promise<Module>> = Object.fromEntries(
	Object.entries(modules).map(([path, load]) => {
		const parts = path.split('/');
		const type = parts.at(-2)!;
		return [parts[2] === 'stories' ? `${parts[3]}/${type}` : type, load];
	})
);

let loaded = $state.raw<Record<string, Drawing>>({});
/** Loads under way, by type (not state: nothing renders from it). */
const pending: Record<string, Promise<void> | undefined> = {};

/** The key of the drawing for a story's chart type (its own first, then the engine's); null when there is none. */
export function drawingKey(type: string, slug: string): string | null {
	const own = `${slug}/${type}`;
	return own in loaders ? own : type in loaders ? type : null;
}

/** The drawing once loaded (reactive), else undefined. */
export function drawingOf(key: string): Drawing | undefined {
	return loaded[key];
}

/** Loads a drawing by its key (once; a failed load may be tried again). */
export function loadDrawing(type: string): Promise<void> {
	if (loaded[type] || !loaders[type]) return Promise.resolve();
	return (pending[type] ??= loaders[type]()
		.then((m) => {
			loaded = { ...loaded, [type]: m.default };
		})
		.finally(() => {
			pending[type] = undefined;
		}));
}

/** Loads the drawings of a story's steps' charts together. */
export function loadDrawings(slug: string, types: Iterable<string | undefined>): Promise<void> {
	const keys = [...types].map((t) => (t ? drawingKey(t, slug) : null)).filter((k): k is string => !!k);
	return Promise.all(keys.map(loadDrawing)).then(() => undefined);
}
