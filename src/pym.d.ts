// pym.js ships no types; src/lib/story/pym.ts types the parts we use.
declare module 'pym.js';
