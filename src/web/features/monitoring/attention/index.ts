export { NeedsAttentionPage } from './NeedsAttentionPage';
