// The public API: the engine, and the criteria sets the package carries with their registry.
// This is the one file of src/ that imports rules/: the engine itself knows no decree.
export * from './engine.js';
export * from '../rules/index.js';
