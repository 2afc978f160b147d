export * from './retirement';
export * from './codes';
export * from './history-checks';
