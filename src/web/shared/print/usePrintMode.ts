import { useContext } from 'react';
import { PrintModeContext, type PrintMode } from './PrintModeProvider';

export function usePrintMode(): PrintMode {
  return useContext(PrintModeContext);
}
