import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';

/** The Thai type of the committee's papers first; screens without Sarabun fall back in order. */
export const CHART_FONT = "Sarabun, 'TH Sarabun New', 'Laksaman', sans-serif";

/**
 * An echarts instance drawn as SVG in the returned box (the SVG renderer needs no inline script or style
 * element, so the CSP stays strict — src/server/http/security-headers.ts), resized with its box and
 * before printing (the paper is narrower than the screen, and charts must show on paper). The feature
 * registers the chart types and components it uses with echarts.use().
 */
export function useEchart() {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    if (!box.current) return;
    const instance = echarts.init(box.current, null, { renderer: 'svg' });
    chart.current = instance;
    const resize = () => instance.resize();
    const observer = new ResizeObserver(resize);
    observer.observe(box.current);
    window.addEventListener('beforeprint', resize);
    window.addEventListener('afterprint', resize);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', resize);
      window.removeEventListener('afterprint', resize);
      instance.dispose();
      chart.current = null;
    };
  }, []);

  return { box, chart };
}
