// Bad content: one error naming the file, with one line per fault naming the step and the field.

export class ContentError extends Error {
	constructor(
		readonly file: string,
		readonly faults: string[]
	) {
		super(`${file}: ${faults.length} content error${faults.length === 1 ? '' : 's'}\n  ${faults.join('\n  ')}`);
		this.name = 'ContentError';
	}
}
