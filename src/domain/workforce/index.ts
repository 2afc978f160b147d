export * from './retirement';
export * from './service-time';
export * from './facts';
export * from './dashboard';
export * from './key-positions';
export { addDays, dayNumber } from './calendar';
export * from './figures';
export * from './codes';
export * from './history-checks';
