/** What other modules' imports reuse of the workforce readers: the streamed table, its issue list and cells. */
export { streamTable, type StreamedRow } from './table-stream';
export { IssueList } from './issue-list';
export { codeCell, identifierCell, requiredDate, yesNoCell } from './cells';
