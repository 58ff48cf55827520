export * from './catalogue.js';
export * from './event.js';
export * from './ports.js';
export * from './provider.js';
export * from './scan.js';
export * from './time.js';
export * from './check.js';
export * from './api-cost.js';
