import { describe, expect, it } from 'vitest'
import { foldText, suggestIds } from './suggest-ids.ts'

describe('suggestIds', () => {
  const ids = ['con-son-pagoda', 'kiep-bac-temple', 'kiep-bac-wharf', 'vinh-nghiem-pagoda', 'hanoi']
  const names: Record<string, string[]> = {
    'con-son-pagoda': ['Chùa Côn Sơn', 'Côn Sơn pagoda'],
    hanoi: ['Hà Nội', 'Hanoi'],
  }
  it('finds an id from part of it', () =>
    expect(suggestIds('kiep-bac', ids)).toEqual(['kiep-bac-temple', 'kiep-bac-wharf']))
  it('finds an id from a Vietnamese name typed without diacritics', () =>
    expect(suggestIds('con son', ids, (id) => names[id] ?? [])).toEqual(['con-son-pagoda']))
  it('forgives a swapped pair of letters', () => expect(suggestIds('hnaoi', ids)).toEqual(['hanoi']))
  it('suggests nothing for something unrelated', () => expect(suggestIds('paris', ids)).toEqual([]))
  it('folds Vietnamese letters to ASCII', () => expect(foldText('Đền Kiếp Bạc')).toBe('den kiep bac'))
})
