// Ambient types for SvelteKit and for the content file's raw imports.
declare global {
	namespace App {}
}

declare module '*.yaml?raw' {
	const text: string;
	export default text;
}

export {};
