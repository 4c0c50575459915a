// The one error type of the geodata build: its message names the bad unit, file or table entry, and
// build-geo.ts prints it without a stack trace.

export class GeoBuildError extends Error {
	constructor(message: string) {
		super(message.startsWith('geo: ') ? message : `geo: ${message}`);
		this.name = 'GeoBuildError';
	}
}
