import { Link, useLocation } from 'react-router'

/** Shown for an address the app does not know: a notice and a way back, never a blank page. */
export function NotFoundPage() {
  const location = useLocation()
  return (
    <main className="notice-page" id="main">
      <h1>Page not found</h1>
      <p role="alert">There is no page at <code>{location.pathname}</code>.</p>
      <p><Link to="/">Go to the map of the network</Link></p>
    </main>
  )
}
