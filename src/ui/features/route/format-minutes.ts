/** Minutes for people: `45 min`, `1 h 09` (en) or `45 phút`, `1 giờ 09` (vi). */
export function formatMinutes(minutes: number, language: 'vi' | 'en'): string {
  const m = Math.round(minutes)
  if (m < 60) return language === 'vi' ? `${m} phút` : `${m} min`
  const h = Math.floor(m / 60), r = String(m % 60).padStart(2, '0')
  return language === 'vi' ? `${h} giờ ${r}` : `${h} h ${r}`
}
