// The report on one basis, read again when the basis changes; the previous numbers stay on
// screen (marked busy) until the new ones arrive.
import { useEffect, useState } from 'preact/hooks';
import type { ParticipantReport, ReportBasis } from '../../../shared/reports/types';
import { loadReport } from '../../actions/reports/loadReport';

export interface ReportState {
  report: ParticipantReport | null;
  loading: boolean;
  error: unknown;
  retry: () => void;
}

export function useReport(slug: string, basis: ReportBasis): ReportState {
  const [report, setReport] = useState<ParticipantReport | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const abort = new AbortController();
    setLoading(true);
    setError(null);
    loadReport(slug, basis, abort.signal).then(
      (next) => {
        if (abort.signal.aborted) return;
        setReport(next);
        setLoading(false);
      },
      (err: unknown) => {
        if (abort.signal.aborted) return;
        setError(err);
        setLoading(false);
      },
    );
    return () => abort.abort();
  }, [slug, basis, attempt]);

  return { report, loading, error, retry: () => setAttempt((n) => n + 1) };
}
