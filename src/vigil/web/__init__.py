"""The review desk in the browser: server-rendered pages (Jinja2) served by ``vigil serve``.

:mod:`vigil.web.pages` holds the pages (queues, the item, decisions, appeals, banks,
audit, reviewer quality) and :mod:`vigil.web.appeals_api` the API route a platform
forwards its users' complaints to; both are routers in the service's ``ROUTERS``. The
JavaScript is small and vendored into the package (htmx, and ``desk.js`` for keyboard
shortcuts and the media shield): no build step, nothing from a CDN. The work itself —
queues, claims, decisions, appeals — is :mod:`vigil.store.review`.
"""

__all__: list[str] = []
