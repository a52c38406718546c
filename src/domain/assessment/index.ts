/** Public API of the assessment domain (pure: no file or database access). */
export * from './conditions.js';
export * from './catalogue.js';
export * from './check-condition.js';
export * from './questions.js';
export * from './types.js';
export * from './coverage.js';
export * from './facts.js';
export * from './plan.js';
export * from './derive.js';
export * from './diff.js';
export * from './session.js';
export * from './briefing.js';
export * from './stored.js';
export * from './survey.js';
export * from './wording.js';
export * from './because.js';
export * from './owners.js';
