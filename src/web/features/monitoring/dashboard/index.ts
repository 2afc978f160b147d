/**
 * The plan overview dashboard. The agency page reuses its budget charts (lazily: the chart library loads
 * with the charts only) and its styles, which come with this module.
 */
import { lazy } from 'react';
import './dashboard.css';

export { DashboardPage } from './DashboardPage';
export { dashboardMessages } from './messages';
export const LazyBudgetCharts = lazy(() => import('./BudgetCharts'));
