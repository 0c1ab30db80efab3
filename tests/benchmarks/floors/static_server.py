"""The floor for ``kssgov serve``: bare waitress answering every request with the same feed bytes.

``python static_server.py PORT FEED.ics``
"""

import sys

import waitress

body = open(sys.argv[2], "rb").read()  # noqa: SIM115 - read once, at start
headers = [("Content-Type", "text/calendar; charset=utf-8"), ("Content-Length", str(len(body)))]


def app(environ, start_response):  # type: ignore[no-untyped-def]
    start_response("200 OK", headers)
    return [body]


waitress.serve(app, host="127.0.0.1", port=int(sys.argv[1]), threads=4, _quiet=True)
