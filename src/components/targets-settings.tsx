import { useId, useState, type FormEvent } from 'react';
import { DEFAULT_TARGETS } from '../figures/targets';
import { useTargets } from '../hooks/use-targets';
import { useI18n } from '../i18n/i18n-context';
import '../i18n/messages/views/wards';

/** Whole or one-decimal percentages between 0 and 100; the hook stores fractions. */
function parsePercent(raw: string): number | null {
  const value = Number(raw.replace(',', '.'));
  return raw.trim() !== '' && Number.isFinite(value) && value >= 0 && value <= 100 ? value : null;
}

const toPercent = (fraction: number) => String(Math.round(fraction * 1000) / 10);

/**
 * The steering committee's targets (local mediation rate, yearly incident reduction) in a
 * disclosure: a small form with labelled fields, checked on save, with errors said in text.
 */
export function TargetsSettings() {
  const { t, fmt } = useI18n();
  const { targets, setTargets, resetTargets } = useTargets();
  const id = useId();
  const [mediation, setMediation] = useState(toPercent(targets.mediationRate));
  const [reduction, setReduction] = useState(toPercent(targets.incidentReduction));
  const [error, setError] = useState(false);
  const [saved, setSaved] = useState(false);

  // Another tab or the reset button changed the stored targets: show them.
  const [seen, setSeen] = useState(targets);
  if (seen !== targets) {
    setSeen(targets);
    setMediation(toPercent(targets.mediationRate));
    setReduction(toPercent(targets.incidentReduction));
  }

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const m = parsePercent(mediation);
    const r = parsePercent(reduction);
    if (m === null || r === null) {
      setError(true);
      setSaved(false);
      return;
    }
    setError(false);
    setTargets({ mediationRate: m / 100, incidentReduction: r / 100 });
    setSaved(true);
  };

  return (
    <details className="panel" data-testid="targets-settings">
      <summary className="cursor-pointer font-semibold">
        {t('wards.targets.title')}{' '}
        <span className="font-normal text-muted">
          {t('wards.targets.summary', {
            mediation: fmt.percent(targets.mediationRate, 0),
            reduction: fmt.percent(targets.incidentReduction, 0),
          })}
        </span>
      </summary>
      <form className="mt-3 flex flex-wrap items-end gap-4" onSubmit={onSubmit} noValidate>
        <div className="field">
          <label htmlFor={`${id}-m`}>{t('wards.targets.mediation')}</label>
          <input
            id={`${id}-m`}
            inputMode="decimal"
            value={mediation}
            onChange={(e) => {
              setMediation(e.target.value);
              setSaved(false);
            }}
            aria-invalid={error && parsePercent(mediation) === null}
            aria-describedby={`${id}-hint`}
            className="w-28"
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-r`}>{t('wards.targets.reduction')}</label>
          <input
            id={`${id}-r`}
            inputMode="decimal"
            value={reduction}
            onChange={(e) => {
              setReduction(e.target.value);
              setSaved(false);
            }}
            aria-invalid={error && parsePercent(reduction) === null}
            aria-describedby={`${id}-hint`}
            className="w-28"
          />
        </div>
        <div className="flex gap-2">
          <button type="submit" className="btn">
            {t('wards.targets.save')}
          </button>
          <button
            type="button"
            className="btn"
            onClick={() => {
              resetTargets();
              setError(false);
              setSaved(false);
            }}
          >
            {t('wards.targets.reset', {
              mediation: fmt.percent(DEFAULT_TARGETS.mediationRate, 0),
              reduction: fmt.percent(DEFAULT_TARGETS.incidentReduction, 0),
            })}
          </button>
        </div>
        <p id={`${id}-hint`} className="basis-full text-sm text-muted">
          {t('wards.targets.hint')}
        </p>
        <p role="status" className={`basis-full text-sm ${error ? 'tone-bad' : ''}`}>
          {error ? t('wards.targets.invalid') : saved ? t('wards.targets.saved') : ''}
        </p>
      </form>
    </details>
  );
}
