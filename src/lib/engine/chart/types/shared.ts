// Words and helpers the control charts share: a control segment in the story's words, an event's date
// as readers read it, a percentage. Pure.
import { chartsEn } from '../../strings/charts-en';
import { formatDate } from '../../content/dates';
import type { Segment } from '../data';
import type { ChartContext } from '../types';

/** A control segment in words: "held in part", "in part fought over, front not mapped". */
export function shareText(s: Pick<Segment, 'share' | 'contested'>, ctx: ChartContext): string {
	const words = ctx.model.domain.words.chart.share;
	return s.share === 'contested' && s.contested < 0.999 ? chartsEn.inPart(words.contested) : words[s.share];
}

/** A date as readers read it: "23 August 1993", "late October 1993", "27 March 1993 – 5 April 1993". */
export function eventDate(e: { date: string; to?: string; part?: string }): string {
	return e.to ? `${formatDate(e.date)} – ${formatDate(e.to)}` : e.part ? `${e.part} ${formatDate(e.date)}` : formatDate(e.date);
}

export const pct = (x: number) => `${Math.round(x * 100)}%`;
