// The profile rule table: every profile has rules that make sense, and the rules do what they say.
import { describe, expect, it } from 'vitest'
import type { Link } from '../dataset/dataset.ts'
import { TRAVEL_PROFILES } from '../model/link.ts'
import { PROFILE_RULES, profileAllows, profileMinutes } from './travel-profile.ts'

const road = (cls: string): Link =>
  ({ id: 'l', from: 'a', to: 'b', mode: 'road', road: { class: cls } }) as unknown as Link

describe('travel profiles', () => {
  it('every profile has a row, never faster than a car, with a positive speed cap if any', () => {
    for (const p of TRAVEL_PROFILES) {
      const r = PROFILE_RULES[p]
      expect(r.defaultSpeedFactor).toBeGreaterThan(0)
      expect(r.defaultSpeedFactor).toBeLessThanOrEqual(1)
      for (const f of Object.values(r.speedFactor)) expect(f).toBeGreaterThan(0)
      if (r.maxKmh !== null) expect(r.maxKmh).toBeGreaterThan(0)
    }
  })

  it('applies each rule: forbidden classes, factors by class, the speed cap', () => {
    for (const p of TRAVEL_PROFILES) {
      const r = PROFILE_RULES[p]
      for (const cls of ['expressway', 'national', 'local', 'relic-road'])
        expect(profileAllows(p, road(cls))).toBe(!r.forbiddenRoadClasses.includes(cls as never))
      // 30 km in 20 min by car (90 km/h) on a local road.
      const minutes = profileMinutes(p, road('local'), 30, 20)
      const factor = r.speedFactor.local ?? r.defaultSpeedFactor
      const expected = r.maxKmh !== null && 90 * factor > r.maxKmh ? (30 / r.maxKmh) * 60 : 20 / factor
      expect(minutes).toBeCloseTo(expected, 9)
    }
    // The table as documented: a coach at 0.8 on local roads, a motorbike capped at 50 km/h and kept off expressways.
    expect(profileMinutes('coach', road('local'), 30, 20)).toBeCloseTo(25, 9)
    expect(profileMinutes('motorbike', road('national'), 30, 20)).toBeCloseTo(36, 9)
    expect(profileAllows('motorbike', road('expressway'))).toBe(false)
  })
})
