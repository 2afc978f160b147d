/** What other modules' imports reuse of the workforce readers: its cells. */
export { codeCell, identifierCell, requiredDate, yesNoCell } from './cells';
