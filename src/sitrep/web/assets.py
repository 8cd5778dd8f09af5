"""The page's bundled files under /static: its script as ES modules, its style, the vendored maps.

A browser runs a module only when it comes with a JavaScript content type (and the app sends
`nosniff`), so `.js` is sent as text/javascript whatever the host's MIME registry says (some map
it to text/plain). The page's own files are revalidated on every load (`no-cache`, answered with
a 304 while their ETag holds), so a browser never runs modules of two versions together after an
upgrade; the vendored files keep the default heuristic caching.
"""

from __future__ import annotations

import os

from starlette.responses import Response
from starlette.staticfiles import PathLike, StaticFiles
from starlette.types import Scope

JAVASCRIPT = "text/javascript; charset=utf-8"
REVALIDATE = "no-cache"


class PageAssets(StaticFiles):
    """StaticFiles with a JavaScript content type for modules and revalidation of the page's own files."""

    def file_response(
        self,
        full_path: PathLike,
        stat_result: os.stat_result,
        scope: Scope,
        status_code: int = 200,
    ) -> Response:
        response = super().file_response(full_path, stat_result, scope, status_code)
        name = os.fspath(full_path)
        if name.endswith(".js") and response.status_code == 200:
            response.headers["Content-Type"] = JAVASCRIPT
        if "vendor" not in os.path.relpath(name, self.directory or ".").split(os.sep):
            response.headers["Cache-Control"] = REVALIDATE
        return response
