"""A password guesser in a process of its own: ``python -m tests.e2e.guessing PORT ATTEMPTS CONNECTIONS``.

Each connection fetches the login page (a session cookie and a form token, as a
browser would), then posts wrong passwords for the accounts in turn as fast as
the server answers, from an address of its own (``X-Forwarded-For``, which the
server under test trusts from 127.0.0.1). One JSON line says how many attempts
each account got checked (401) and how many were refused (429), and how long the
run took.
"""

from __future__ import annotations

import http.client
import json
import re
import sys
import threading
import time
from collections import Counter
from urllib.parse import urlencode

ACCOUNTS = ("kari", "ola", "admin")


def guess(port: int, attempts: int, number: int, checked: Counter[str], refused: Counter[str]) -> None:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    address = {"X-Forwarded-For": f"198.51.100.{number + 1}"}
    connection.request("GET", "/edit/login", headers=address)
    page = connection.getresponse()
    body = page.read().decode()
    cookie = (page.getheader("Set-Cookie") or "").split(";", 1)[0]
    found = re.search(r'name="csrf_token" value="([^"]+)"', body)
    assert found is not None
    for attempt in range(attempts):
        account = ACCOUNTS[(number + attempt) % len(ACCOUNTS)]
        form = urlencode({"csrf_token": found.group(1), "name": account, "password": f"gjett {attempt}"})
        headers = {**address, "Cookie": cookie, "Content-Type": "application/x-www-form-urlencoded"}
        connection.request("POST", "/edit/login", body=form, headers=headers)
        answer = connection.getresponse()
        answer.read()
        if answer.status == 401:
            checked[account] += 1
        elif answer.status == 429:
            refused[account] += 1
        else:
            raise AssertionError(f"answered {answer.status}")
    connection.close()


def main() -> None:
    port, attempts, connections = (int(a) for a in sys.argv[1:4])
    checked: Counter[str] = Counter()
    refused: Counter[str] = Counter()
    started = time.monotonic()
    threads = [
        threading.Thread(target=guess, args=(port, attempts // connections, n, checked, refused))
        for n in range(connections)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    print(json.dumps({"checked": checked, "refused": refused, "seconds": time.monotonic() - started}))


if __name__ == "__main__":
    main()
