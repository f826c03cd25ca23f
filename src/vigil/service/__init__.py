"""The web service (``vigil serve``): a FastAPI app over the store.

- :mod:`~vigil.service.app` builds the app; routers are added by module path in ``ROUTERS``;
- :mod:`~vigil.service.auth` has the dependencies routes use: ``require_user(role...)``,
  ``require_scope(scope)``, ``csrf_check``;
- :mod:`~vigil.service.accounts` is the library of users, tokens, sessions and logins;
- :mod:`~vigil.service.login` serves ``/login`` and ``/logout``;
- :mod:`~vigil.service.api` is the content API under ``/api/v1/``;
- :mod:`~vigil.service.errors` gives every error one JSON shape.
"""

from __future__ import annotations

from vigil.service.app import ROUTERS, create_app

__all__ = ["ROUTERS", "create_app"]
