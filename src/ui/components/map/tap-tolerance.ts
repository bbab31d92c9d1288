/** How far from a tap a place still counts as tapped, in pixels: a fingertip, or a mouse pointer. */
export const TOUCH_TOLERANCE_PX = 22
export const MOUSE_TOLERANCE_PX = 10

/** The tolerance for a pointer event on a map (a pen counts as a finger; so does a coarse screen). */
export function tapTolerancePx(event: Event): number {
  const type = (event as PointerEvent).pointerType
  const coarse = globalThis.matchMedia?.('(pointer: coarse)').matches ?? false
  return type === 'touch' || type === 'pen' || coarse ? TOUCH_TOLERANCE_PX : MOUSE_TOLERANCE_PX
}
