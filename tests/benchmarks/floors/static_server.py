"""The floor for ``kssgov serve``: bare waitress answering every request with the same feed bytes,
and a revalidation whose ``If-None-Match`` holds the feed's tag with 304, as a performance-minded
person would serve one file.

``python static_server.py PORT FEED.ics``
"""

import hashlib
import sys

import waitress

body = open(sys.argv[2], "rb").read()  # noqa: SIM115 - read once, at start
etag = f'"{hashlib.sha256(body).hexdigest()[:40]}"'
headers = [
    ("Content-Type", "text/calendar; charset=utf-8"),
    ("ETag", etag),
    ("Cache-Control", "public, max-age=300"),
]
full = [*headers, ("Content-Length", str(len(body)))]


def app(environ, start_response):  # type: ignore[no-untyped-def]
    asked = environ.get("HTTP_IF_NONE_MATCH", "")
    if asked == "*" or etag in asked:
        start_response("304 Not Modified", headers)
        return [b""]
    start_response("200 OK", full)
    return [body]


waitress.serve(app, host="127.0.0.1", port=int(sys.argv[1]), threads=4, _quiet=True)
