export * from './read';
export * from './cycle';
