"""A worker process for the kill test: sends what is due until killed."""

from __future__ import annotations

import os
import sys

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tactful.settings")

import django

django.setup()

from django.conf import settings  # noqa: E402
from django.db import connections  # noqa: E402

connections["default"].settings_dict["NAME"] = os.environ["TEST_DB_NAME"]
settings.TACTFUL_SMTP_URL = os.environ["TEST_SMTP_URL"]

from tactful.channels.email.outbox import send_one_due  # noqa: E402

print("ready", flush=True)
while True:
    if send_one_due():
        print("sent", flush=True)
        sys.exit(0)
