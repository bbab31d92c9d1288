/**
 * The `imported://` URL scheme, served to MapLibre from the core worker's tiles while a map of an
 * imported network is shown (decision 0009).
 */
import { useEffect, useRef } from 'react'
import { addProtocol, removeProtocol } from 'maplibre-gl'
import type { CoreClient } from '../../worker/core-client.ts'
import { IMPORTED_PROTOCOL, parseImportedTileUrl } from '../../worker/imported-tile-format.ts'

/**
 * Serves the worker's tiles to MapLibre while a map of an imported network is shown; `served` counts
 * the tiles that held links (what the map has been given to draw, without decoding a tile here).
 */
export function useTileProtocol(core: CoreClient, served: (bytes: number) => void) {
  const onServed = useRef(served)
  useEffect(() => {
    onServed.current = served
  })
  useEffect(() => {
    addProtocol(IMPORTED_PROTOCOL, async (params) => {
      const tile = parseImportedTileUrl(params.url)
      if (!tile) throw new Error(`Not a tile of an imported network: ${params.url}`)
      const answer = await core.ask({ type: 'imported-tile', ...tile })
      if (!answer.ok) throw new Error('The imported network is no longer kept; import it again.')
      const bytes = answer.tile
      onServed.current(bytes.byteLength)
      return { data: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer }
    })
    return () => removeProtocol(IMPORTED_PROTOCOL)
  }, [core])
}
