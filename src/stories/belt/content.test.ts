// This story's content file against the engine's schema, built from the story's own vocabulary: the real
// file is valid, and each kind of bad content fails naming the file, the step and the field.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { parseStory as parseWith, validateStory as validateWith, ContentError } from '../../lib/engine/content/schema';
import { ENGINE_CHART_SCHEMAS } from '../../lib/engine/chart/schemas';
import { story as definition } from './index';

const FILE = 'story.yaml';
const text = readFileSync(fileURLToPath(new URL('./story.yaml', import.meta.url)), 'utf8');
const charts = { ...ENGINE_CHART_SCHEMAS, ...definition.charts };
const parseStory = (yaml: string, file: string) => parseWith(yaml, file, definition.domain, charts);
const validateStory = (doc: unknown, file: string) => validateWith(doc, file, definition.domain, charts);

/** The content as YAML parses it: any shape, which the schema is there to check. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- raw YAML, mutated into bad content on purpose
type Doc = any;

/** The real content with one change made to a copy of it. */
function mutated(change: (doc: Doc) => void): unknown {
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
			'nkao',
			'lachin-1992',
			'kalbajar-1993',
			'agdam-1993',
			'south-1993',
			'ceasefire-1994',
			'displacement',
			'settlers',
			'talks',
			'war-2020',
			'ceasefire-2020',
			'agdam-handover',
			'kalbajar-handover',
			'lachin-handover',
			'aftermath'
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
	const cases: { name: string; change: (doc: Doc) => void; expected: RegExp }[] = [
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
			expected: /^step "displacement", field chart\.type: unknown chart type "pie" \(expected one of .*bars.*formulas/
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
		},
		// the classes of error the standards desk found, made impossible
		{
			name: 'a road drawn on a map dated before it opened (Vardenis–Martakert, 2017, on the 2008 map)',
			change: (d) => d.steps[8].map.layers.push('vardenis-road'),
			expected:
				/^step "talks", field map\.layers\[3\]: layer "vardenis-road" shows what existed only from 1 September 2017 \(the road opened in September 2017\); this step's map shows 14 March 2008/
		},
		{
			name: 'the 1994 line of contact on a map of March 1994',
			change: (d) => d.steps[6].map.layers.push('contact-1994'),
			expected: /^step "displacement", field map\.layers\[1\]: layer "contact-1994" shows what existed only from 12 May 1994/
		},
		{
			name: 'an arrow with no source for its direction',
			change: (d) => (d.steps[3].map.arrows = [{ from: 'stepanakert', to: 'agdam', side: 'arm', label: 'Advance (schematic)' }]),
			expected: /^step "agdam-1993", field map\.arrows\[0\]\.basis: missing/
		},
		{
			name: 'an arrow whose source is not the step’s',
			change: (d) =>
				(d.steps[3].map.arrows = [{ from: 'stepanakert', to: 'agdam', side: 'arm', basis: 's-95', label: 'Advance (schematic)' }]),
			expected: /^step "agdam-1993", field map\.arrows\[0\]\.basis: "s-95" is not one of the step's sources/
		},
		{
			name: 'a map description that says who held what (the old displacement text)',
			change: (d) => (d.steps[6].alt.map = 'Map of the occupied districts in 1994, all shaded as Armenian-held.'),
			expected: /^step "displacement", field alt\.map: says who held what \("occupied"\)/
		},
		{
			name: 'a chart description with figures of its own (the old ceasefire-2020 text)',
			change: (d) => (d.steps[10].alt.chart = 'Flat for 26 years, then falling in October and November 2020.'),
			expected: /^step "ceasefire-2020", field alt\.chart: has figures/
		},
		{
			name: 'a figure the file does not define',
			change: (d) => (d.meta.dek = 'Held for {held-years} years.'),
			expected: /^story, field meta\.dek: unknown figure "\{held-years\}"/
		},
		{
			name: 'a figure defined and never used',
			change: (d) => (d.figures['spare'] = { measure: 'years', from: '1994-05-12', to: '2020-09-27' }),
			expected: /^story, field figures\.spare: defined but used nowhere/
		},
		{
			name: 'an OSCE spelling read as an Armenian name (the old south-1993 text)',
			change: (d) => (d.steps[4].body[0] = 'Fuzuli and Jabrayil (Jebrail) fell on 23 August 1993.'),
			expected: /^step "south-1993", field body\[0\]: "Jebrail" is a name of Jabrayil \(OSCE\)/
		},
		{
			name: 'two spellings of one town (the old ceasefire-1994 text)',
			change: (d) => (d.steps[5].body[1] = 'Azerbaijan held parts of eastern Martuni and eastern Mardakert, inside the former oblast.'),
			expected: /^step "ceasefire-1994", field body\[1\]: "Mardakert" is a name of Martakert/
		},
		{
			name: 'a first use with no alternate name (the old nkao text)',
			change: (d) => (d.steps[0].body[1] = 'Its capital was Stepanakert, called Khankendi in Azerbaijan.'),
			expected: /^step "nkao", field body\[1\]: .*(Khankendi|first use of "Stepanakert")/
		}
	];
	for (const c of cases) {
		it(c.name, () => {
			const faults = faultsOf(mutated(c.change));
			expect(
				faults.some((f) => c.expected.test(f)),
				faults.join('\n')
			).toBe(true);
		});
	}

	it('names both steps when two show the same map', () => {
		const faults = faultsOf(
			mutated((d) => {
				d.steps[7].map = { ...d.steps[6].map };
				d.steps[7].date = d.steps[6].date;
			})
		);
		expect(faults.join('\n')).toMatch(/^step "settlers", field map: shows the same map as step "displacement"/m);
	});

	it('reports invalid YAML with the file name', () => {
		expect(() => parseStory('steps: [', FILE)).toThrow(/story\.yaml: 1 content error\n.*not valid YAML/);
	});
});
