// ESLint: the recommended rules for JavaScript, TypeScript and Svelte 5, with Prettier deciding the layout.
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: { parserOptions: { projectService: true, extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig } }
	},
	{
		rules: {
			// content files are checked by their schema; `any` only in tests that mutate raw YAML
			'@typescript-eslint/no-explicit-any': ['error', { ignoreRestArgs: true }],
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
			// every page is prerendered and links reload the page (data-sveltekit-reload): links are built
			// from the base path and the story's path (graphic/context.ts href), not with resolve()
			'svelte/no-navigation-without-resolve': 'off'
		}
	},
	{
		ignores: [
			'build/',
			'**/*-tmp.mjs',
			'build-subpath/',
			'.svelte-kit/',
			'node_modules/',
			'bench-results/',
			'src/stories/*/generated/',
			'src/lib/engine/embed/generated/',
			'test-results/',
			'playwright-report/'
		]
	}
);
