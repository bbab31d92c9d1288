/**
 * `/places`: every place, filtered by kind, province, UNESCO component and festival this month; the
 * filters live in the URL.
 */
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { foldText, PLACE_KINDS } from '../../../core/index.ts'
import { useApp } from '../../app/app-context.tsx'
import { useSharedSearch } from '../../app/app-layout.tsx'
import { useSearchState } from '../../state/use-search-state.ts'
import { hasFestivalInMonth } from './place-facts.ts'

export function PlacesPage() {
  const { t } = useTranslation()
  const { dataset, text, today } = useApp()
  const { params, update } = useSearchState()
  const shared = useSharedSearch()
  const q = params.get('q') ?? ''
  const kind = params.get('kind') ?? ''
  const province = params.get('province') ?? ''
  const unesco = params.get('unesco') === '1'
  const festival = params.get('festival') === '1'
  const provinces = [...new Set(dataset.places.map((p) => p.province?.current).filter(Boolean))].sort() as string[]
  const words = foldText(q).split(/\s+/).filter(Boolean)
  const places = dataset.places.filter(
    (p) =>
      (!kind || p.kind === kind) &&
      (!province || p.province?.current === province) &&
      (!unesco || p.heritage?.unescoComponent) &&
      (!festival || hasFestivalInMonth(p, today)) &&
      words.every((w) => foldText(`${p.name.vi} ${p.name.en} ${p.id}`).includes(w)),
  )
  return (
    <main className="page" id="main">
      <h1>{t('places.title')}</h1>
      <form className="filters" role="search" aria-label={t('places.filters')} onSubmit={(e) => e.preventDefault()}>
        <label>
          {t('places.search')}{' '}
          <input
            type="search"
            value={q}
            onChange={(e) => update({ q: e.target.value }, { replace: true })}
            data-testid="place-search"
          />
        </label>
        <label>
          {t('places.kind')}
          <select value={kind} onChange={(e) => update({ kind: e.target.value })}>
            <option value="">{t('places.anyKind')}</option>
            {PLACE_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`places.kinds.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('places.province')}
          <select value={province} onChange={(e) => update({ province: e.target.value })}>
            <option value="">{t('places.anyProvince')}</option>
            {provinces.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        </label>
        <label>
          <input type="checkbox" checked={unesco} onChange={(e) => update({ unesco: e.target.checked ? '1' : null })} />{' '}
          {t('places.unescoOnly')}
        </label>
        <label>
          <input
            type="checkbox"
            checked={festival}
            onChange={(e) => update({ festival: e.target.checked ? '1' : null })}
          />{' '}
          {t('places.festivalThisMonth')}
        </label>
      </form>
      <p className="muted" role="status">
        {t('places.count', { count: places.length })}
      </p>
      {places.length === 0 ? (
        <p>{t('places.none')}</p>
      ) : (
        <ul className="place-cards" data-testid="place-list">
          {places.map((p) => (
            <li key={p.id}>
              <Link to={`/places/${p.id}${shared}`}>{text(p.name)}</Link>
              <span className="muted">
                {' '}
                · {t(`places.kinds.${p.kind}`)}
                {p.province ? ` · ${p.province.current}` : ''}
              </span>
              {p.heritage?.unescoComponent && <span className="badge-unesco">UNESCO</span>}
            </li>
          ))}
        </ul>
      )}
    </main>
  )
}
