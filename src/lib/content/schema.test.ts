import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { parseStory, validateStory, ContentError } from './schema';

const FILE = 'src/lib/content/story.yaml';
const text = readFileSync(FILE, 'utf8');

/** The real content with one change made to a copy of it. */
function mutated(change: (doc: any) => void): unknown {
	const doc = parse(text);
	change(doc);
	return doc;
}

function faultsOf(doc: unknown): string[] {
	try {
		validateStory(doc, FILE);
	} catch (e) {
		expect(e).toBeInstanceOf(ContentError);
		expect((e as Error).message).toContain(FILE);
		return (e as ContentError).faults;
	}
	throw new Error('expected a ContentError');
}

describe('the content file', () => {
	it('is valid and has the 15 steps of DESIGN.md, in order', () => {
		const story = parseStory(text, FILE);
		expect(story.steps.map((s) => s.id)).toEqual([
			'nkao', 'lachin-1992', 'kalbajar-1993', 'agdam-1993', 'south-1993', 'ceasefire-1994', 'displacement',
			'settlers', 'talks', 'war-2020', 'ceasefire-2020', 'agdam-handover', 'kalbajar-handover',
			'lachin-handover', 'aftermath'
		]);
	});
	it('gives every step at least one source, all of them defined', () => {
		const story = parseStory(text, FILE);
		for (const s of story.steps) {
			expect(s.sources.length).toBeGreaterThan(0);
			for (const id of s.sources) expect(story.sources[id], `${s.id}: ${id}`).toBeDefined();
		}
	});
});

describe('bad content fails naming the file, the step and the field', () => {
	const cases: { name: string; change: (doc: any) => void; expected: RegExp }[] = [
		{
			name: 'an unknown step field',
			change: (d) => (d.steps[2].colour = 'red'),
			expected: /^step "kalbajar-1993", field \(root\): unknown field "colour"/
		},
		{
			name: 'an unknown district code',
			change: (d) => (d.steps[1].map.highlight.districts = ['AZ-XXX']),
			expected: /^step "lachin-1992", field map\.highlight\.districts\[0\]: unknown district code "AZ-XXX"/
		},
		{
			name: 'an unknown chart type',
			change: (d) => (d.steps[6].chart.type = 'pie'),
			expected: /^step "displacement", field chart\.type: unknown chart type "pie" \(expected one of .*bars/
		},
		{
			name: 'an unknown layer',
			change: (d) => d.steps[0].map.layers.push('rivers'),
			expected: /^step "nkao", field map\.layers\[\d\]: unknown layer "rivers"/
		},
		{
			name: 'a bad date',
			change: (d) => (d.steps[3].date = '1993-02-30'),
			expected: /^step "agdam-1993", field date: invalid date "1993-02-30"/
		},
		{
			name: 'a date in words',
			change: (d) => (d.steps[3].date = 'July 1993'),
			expected: /^step "agdam-1993", field date: invalid date "July 1993"/
		},
		{
			name: 'a step with no sources',
			change: (d) => (d.steps[4].sources = []),
			expected: /^step "south-1993", field sources: a step needs at least one source/
		},
		{
			name: 'a step whose sources field is missing',
			change: (d) => delete d.steps[4].sources,
			expected: /^step "south-1993", field sources: missing \(expected array\)/
		},
		{
			name: 'a chart without its source line',
			change: (d) => delete d.steps[6].chart.source,
			expected: /^step "displacement", field chart\.source: missing/
		},
		{
			name: 'a source id that is not defined',
			change: (d) => (d.steps[5].sources = ['s-999']),
			expected: /^step "ceasefire-1994", field sources\[0\]: unknown source "s-999"/
		},
		{
			name: 'a duplicate id',
			change: (d) => (d.steps[8].id = 'settlers'),
			expected: /^step "settlers", field id: duplicate step id \(also steps\[7\]\)/
		},
		{
			name: 'an unknown place',
			change: (d) => (d.steps[1].map.highlight.places = ['atlantis']),
			expected: /^step "lachin-1992", field map\.highlight\.places\[0\]: unknown place "atlantis"/
		},
		{
			name: 'an unknown frame',
			change: (d) => (d.steps[1].map.frame = 'moon'),
			expected: /^step "lachin-1992", field map\.frame: unknown frame "moon"/
		},
		{
			name: 'a range whose low exceeds its high',
			change: (d) => (d.steps[7].chart.items[0].low = 9000),
			expected: /^step "settlers", field chart\.items\[0\]\.low: low must not exceed high/
		}
	];
	for (const c of cases) {
		it(c.name, () => {
			const faults = faultsOf(mutated(c.change));
			expect(faults.some((f) => c.expected.test(f)), faults.join('\n')).toBe(true);
		});
	}

	it('reports invalid YAML with the file name', () => {
		expect(() => parseStory('steps: [', FILE)).toThrow(/story\.yaml: 1 content error\n.*not valid YAML/);
	});
});
