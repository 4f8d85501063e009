// Accessible SVG charts: bars (one per category) and a split bar (shares of one whole).
export { BarChart, chartSummary, type ChartItem } from './BarChart';
export { SplitBar } from './SplitBar';
