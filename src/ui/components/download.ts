/**
 * Offers text as a file download (CSV, markdown), built in the page: nothing is sent anywhere.
 */
export function downloadText(filename: string, text: string, type: string): void {
  // A byte-order mark lets spreadsheet programs read UTF-8 CSV (Vietnamese names) correctly.
  const body = type.startsWith('text/csv') ? `\uFEFF${text}` : text
  downloadBlob(filename, new Blob([body], { type }))
}

/** Saves a Blob (made here or handed over by the worker) as a file. */
export function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = filename
  a.rel = 'noopener'
  document.body.append(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
