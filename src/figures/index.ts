// The one entry point views import derived figures from.
export * from './months';
export * from './figures';
export * from './targets';
export * from './group-types';
export * from './rates';
