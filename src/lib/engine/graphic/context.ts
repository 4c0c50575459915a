// The story a page shows, shared with every component below it through one typed context instead of
// props passed through three layers: the content, the scene, the domain made into a model, the words,
// the chart context, the reader's motion setting and the story's own links.
import { getContext, setContext } from 'svelte';
import { base } from '$app/paths';
import type { Story } from '../content/story';
import type { Scene } from '../map/scene';
import type { DomainData } from '../domain';
import { createModel, type StoryModel } from '../model';
import { en, type Strings } from '../strings/en';
import type { ChartContext, ChartTexts } from '../chart/types';
import { ReducedMotion } from '../motion/motion.svelte';

/** What every page of a story receives as data (plain, serialisable). */
export interface StoryData {
	slug: string;
	/** The story's URL prefix under the site's base path: '' for the home story, '/<slug>' otherwise. */
	path: string;
	story: Story;
	scene: Scene;
	domain: DomainData;
	/** Every step's chart in words, computed at build time (chart/registry.ts), by step id. */
	charts: Record<string, ChartTexts | null>;
}

export interface StoryContext extends StoryData {
	model: StoryModel;
	strings: Strings;
	chart: ChartContext;
	motion: ReducedMotion;
	/** A link inside the story: href('/step/nkao/') → '<base>/<slug>/step/nkao/'. */
	href(path: string): string;
}

const KEY = Symbol('story');

/** Makes the story available to every component below (call while the page component initialises). */
export function provideStory(data: StoryData): StoryContext {
	const model = createModel(data.domain);
	const ctx: StoryContext = {
		...data,
		model,
		strings: en,
		chart: { model, facts: data.scene.facts, outlineKm2: data.scene.outlineKm2 },
		motion: new ReducedMotion(),
		href: (path) => `${base}${data.path}${path}`
	};
	setContext(KEY, ctx);
	return ctx;
}

export function storyContext(): StoryContext {
	const ctx = getContext<StoryContext | undefined>(KEY);
	if (!ctx) throw new Error('storyContext: no story provided (a page must call provideStory first)');
	return ctx;
}
