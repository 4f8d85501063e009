// Accessible SVG charts: bars (one per category) and a split bar (shares of one whole).
export { BarChart } from './BarChart';
export { SplitBar } from './SplitBar';
