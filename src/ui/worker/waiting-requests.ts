/**
 * Requests waiting for the worker, in arrival order, at most one per view: adding a request from a
 * view that already has one waiting replaces it (the old id is returned, to be answered `superseded`).
 */
export interface Incoming<R> {
  readonly id: number
  readonly request: R
  /** Requests from the same view replace each other while they wait; none: never replaced. */
  readonly view?: string
}

export class WaitingRequests<R = unknown> {
  private readonly queue: Array<Incoming<R>> = []

  get size(): number {
    return this.queue.length
  }

  /** Queues `incoming`; returns the id it replaced, or null. */
  add(incoming: Incoming<R>): number | null {
    if (incoming.view !== undefined) {
      const at = this.queue.findIndex((q) => q.view === incoming.view)
      if (at >= 0) {
        const old = this.queue[at]!.id
        // The newer request keeps the older one's place in the line.
        this.queue[at] = incoming
        return old
      }
    }
    this.queue.push(incoming)
    return null
  }

  take(): Incoming<R> | undefined {
    return this.queue.shift()
  }
}
